package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/**
 * The second half of a partial-then-final aggregation: partial groups, spread over a few shuffle
 * keys by their key's hash, merged on every worker into one row per group. With no keys, the
 * partial results merge into one row.
 *
 * @param partials the scan that aggregates rows as it reads them, and what it computes
 */
public record FinalAggregate(PartialAggregateScan partials) implements PhysicalNode {
  /**
   * Checks that the partials are given.
   *
   * @param partials the partial aggregation
   * @throws NullPointerException if {@code partials} is null
   */
  public FinalAggregate {
    Objects.requireNonNull(partials, "partials");
  }

  @Override
  public FrameSchema schema() {
    return partials.schema();
  }

  @Override
  public List<PartialAggregateScan> children() {
    return List.of(partials);
  }

  @Override
  public String describe() {
    return partials.aggregation().keys().isEmpty()
        ? "FinalReduce " + partials.aggregation() + ": merges the partial results"
        : "FinalAggregate " + partials.aggregation() + ": merges partial groups by key hash on every worker";
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.finalAggregate(this);
  }
}
