package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.AggregationSchema;
import org.beamframe.types.FrameSchema;

/**
 * Group-by aggregation: one row per distinct key (keys first; rows with a missing key dropped, as
 * pandas' default, unless {@code dropNullKeys} is false), or,
 * with no keys, one row of whole-column reductions. pandas sorts the groups by key; the physical
 * plan sorts a result that still has its keys.
 */
public record AggregateNode(PlanNode child, List<String> keys, List<AggSpec> aggregations, boolean dropNullKeys)
    implements PlanNode {
  /** An aggregation as the user wrote it, rows with a missing key dropped. */
  public AggregateNode(PlanNode child, List<String> keys, List<AggSpec> aggregations) {
    this(child, keys, aggregations, true);
  }

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
  public PlanNode withChildren(List<PlanNode> children) {
    return new AggregateNode(children.get(0), keys, aggregations, dropNullKeys);
  }

  @Override
  public String describe() {
    return (keys.isEmpty() ? "Reduce " + aggregations : "Aggregate by " + keys + " " + aggregations)
        + (dropNullKeys || keys.isEmpty() ? "" : ", missing keys kept");
  }
}
