package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/** A group-by over rows from any step: each row keyed and combined per key (Beam's combiner lifting applies). */
public record ShuffledAggregate(PhysicalNode child, Aggregation aggregation) implements PhysicalNode {
  public ShuffledAggregate {
    Objects.requireNonNull(child, "child");
    if (aggregation.keys().isEmpty()) {
      throw new IllegalArgumentException("a shuffled aggregation needs keys; a whole-input result is a WholeInputReduce");
    }
    aggregation.outputSchema(child.schema());
  }

  @Override
  public FrameSchema schema() {
    return aggregation.outputSchema(child.schema());
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(child);
  }

  @Override
  public String describe() {
    return "ShuffledAggregate " + aggregation + ": every row keyed, combined per key";
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.shuffledAggregate(this);
  }
}
