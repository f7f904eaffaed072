package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/** A merge of two sides of any size: both shuffled by key. */
public record ShuffledJoin(PhysicalNode left, PhysicalNode right, JoinSpec join) implements PhysicalNode {
  public ShuffledJoin {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }

  @Override
  public FrameSchema schema() {
    return join.output();
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(left, right);
  }

  @Override
  public String describe() {
    return "Merge " + join.on() + " (" + join.how() + ", shuffled)";
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.shuffledJoin(this);
  }
}
