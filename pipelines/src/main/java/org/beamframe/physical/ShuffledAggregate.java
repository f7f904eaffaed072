package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/**
 * A group-by over rows from any step: each row keyed and combined per key (Beam's combiner lifting applies).
 *
 * @param child the rows to group
 * @param aggregation what the group-by computes; it has keys
 */
public record ShuffledAggregate(PhysicalNode child, Aggregation aggregation) implements PhysicalNode {
  /**
   * Checks the aggregation against the child's schema.
   *
   * @param child the rows to group
   * @param aggregation what the group-by computes
   * @throws NullPointerException if {@code child} or {@code aggregation} is null
   * @throws IllegalArgumentException if the aggregation has no keys (that is a {@link WholeInputReduce}),
   *     or does not fit the child's columns
   */
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
