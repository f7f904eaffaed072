package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/** A merge whose (small) right side is copied to every worker: no row of the left side moves. */
public record BroadcastJoin(PhysicalNode left, PhysicalNode right, JoinSpec join) implements PhysicalNode {
  public BroadcastJoin {
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
    return "Merge " + join.on() + " (" + join.how() + ", right side broadcast)";
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.broadcastJoin(this);
  }
}
