package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.AggregationSchema;
import org.beamframe.types.FrameSchema;

/**
 * Group-by aggregation: one row per distinct key (keys first, rows with a missing key dropped), or,
 * with no keys, one row of whole-column reductions.
 */
public record AggregateNode(PlanNode child, List<String> keys, List<AggSpec> aggregations) implements PlanNode {
  public AggregateNode {
    Objects.requireNonNull(child, "child");
    keys = List.copyOf(keys);
    aggregations = List.copyOf(aggregations);
    AggregationSchema.of(child.schema(), keys, aggregations);
  }

  @Override
  public FrameSchema schema() {
    return AggregationSchema.of(child.schema(), keys, aggregations);
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public String describe() {
    return keys.isEmpty() ? "Reduce " + aggregations : "Aggregate by " + keys + " " + aggregations;
  }
}
