package org.beamframe.plan;

import java.util.List;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * One immutable node of a logical plan: what is computed, never how. Its output schema is known
 * (and checked) when it is built, so a bad column or type fails at the call that wrote it, not on
 * a worker. How each node runs is the physical plan's business. Plain Java: no Beam.
 */
public sealed interface PlanNode extends PlanTree permits PlanLeaf, AssignNode, FilterNode, SelectNode, RowsNode,
    AggregateNode, DescribeNode, PivotNode, TopNode, JoinNode, ConcatNode, SortNode, LimitNode, CollectNode, WriteCsvNode {
  @Override
  FrameSchema schema();

  @Override
  List<PlanNode> children();

  /**
   * This node with other children (as many as it has), for the optimizer's rewrites. The new node is
   * checked as on construction, so a rewrite that breaks the schema fails here.
   *
   * @param children the new inputs, in the order of {@link #children()}
   * @return a new node of the same kind and settings over {@code children}
   */
  PlanNode withChildren(List<PlanNode> children);

  /**
   * The order the user asked this node's rows to come in (sort_values, nlargest), kept by the
   * row-wise steps after it; empty when none was asked for.
   *
   * @return the sort keys, first key first; empty for no order
   */
  default List<SortKey> order() {
    return List.of();
  }
}
