package org.beamframe.plan;

import java.util.List;
import org.beamframe.types.FrameSchema;

/**
 * One immutable node of a logical plan. Its output schema is known (and checked) when it is built,
 * so a bad column or type fails at the call that wrote it, not on a worker. Plain Java: no Beam.
 */
public sealed interface PlanNode permits ReadCsvNode, AssignNode, FilterNode, SelectNode, RowsNode, AggregateNode,
    TopNode, JoinNode, ConcatNode {
  FrameSchema schema();

  List<PlanNode> children();

  /** A one-line description of what this node does, for explain output. */
  String describe();

  /** This node with other children (as many as it has), for the optimizer's rewrites. */
  PlanNode withChildren(List<PlanNode> children);
}
