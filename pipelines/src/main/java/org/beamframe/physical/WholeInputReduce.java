package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.AggregationSchema;
import org.beamframe.types.FrameSchema;

/**
 * Whole-column reductions over rows from any step: one row, even for no input.
 *
 * @param child the rows to reduce
 * @param aggregations the reductions, one output column each
 */
public record WholeInputReduce(PhysicalNode child, List<AggSpec> aggregations) implements PhysicalNode {
  /**
   * Checks the reductions against the child's schema; copies the list.
   *
   * @param child the rows to reduce
   * @param aggregations the reductions, at least one
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no reduction, a column is missing, a function does
   *     not take its column's dtype, or two outputs share a name
   */
  public WholeInputReduce {
    Objects.requireNonNull(child, "child");
    aggregations = List.copyOf(aggregations);
    AggregationSchema.of(child.schema(), List.of(), aggregations);
  }

  @Override
  public FrameSchema schema() {
    return AggregationSchema.of(child.schema(), List.of(), aggregations);
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(child);
  }

  @Override
  public String describe() {
    return "Reduce " + aggregations + ": combined globally";
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.wholeInputReduce(this);
  }
}
