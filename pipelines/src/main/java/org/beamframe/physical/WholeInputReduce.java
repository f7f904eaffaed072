package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.AggregationSchema;
import org.beamframe.types.FrameSchema;

/** Whole-column reductions over rows from any step: one row, even for no input. */
public record WholeInputReduce(PhysicalNode child, List<AggSpec> aggregations) implements PhysicalNode {
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
