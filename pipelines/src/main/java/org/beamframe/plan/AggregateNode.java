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
 *
 * @param child the rows to group
 * @param keys the group-by columns, first in the output in this order; empty for one row of
 *     whole-column reductions
 * @param aggregations the aggregations, one output column each, after the keys
 * @param dropNullKeys whether rows with a missing key are dropped (pandas' {@code dropna=True}); no
 *     effect without keys
 */
public record AggregateNode(PlanNode child, List<String> keys, List<AggSpec> aggregations, boolean dropNullKeys)
    implements PlanNode {
  /**
   * An aggregation as the user wrote it, rows with a missing key dropped.
   *
   * @param child the rows to group
   * @param keys the group-by columns; empty for whole-column reductions
   * @param aggregations the aggregations, at least one
   * @throws IllegalArgumentException as the canonical constructor
   */
  public AggregateNode(PlanNode child, List<String> keys, List<AggSpec> aggregations) {
    this(child, keys, aggregations, true);
  }

  /**
   * Checks keys and aggregations against the child's schema now, so a bad group-by fails where it
   * was written; copies the lists.
   *
   * @param child the rows to group
   * @param keys the group-by columns; empty for whole-column reductions
   * @param aggregations the aggregations, at least one
   * @param dropNullKeys whether rows with a missing key are dropped
   * @throws NullPointerException if {@code child} is null
   * @throws IllegalArgumentException if there is no aggregation, a column does not exist (the
   *     message lists those that do), a function does not take its column's dtype,
   *     or two output columns share a name
   */
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
