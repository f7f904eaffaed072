package org.beamframe.optimizer;

import java.util.Optional;
import org.beamframe.plan.AssignNode;
import org.beamframe.plan.FilterNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.RowsNode;
import org.beamframe.plan.SelectNode;
import org.beamframe.plan.SortNode;

/**
 * A sort moves above the row-wise steps written after it (they keep rows in order, and a select
 * may not drop a sort column), so those steps can fuse with the read and the sort is the result's
 * last step, where the physical plan realizes it.
 */
final class SortAtTheEnd implements OptimizerRule {
  @Override
  public Optional<PlanNode> apply(PlanNode root) {
    return Rewrites.changed(root, rewrite(root));
  }

  private static PlanNode rewrite(PlanNode node) {
    PlanNode current = Rewrites.withChild(node, SortAtTheEnd::rewrite);
    boolean rowWise = current instanceof AssignNode || current instanceof FilterNode || current instanceof SelectNode
        || current instanceof RowsNode;
    if (rowWise && current.children().get(0) instanceof SortNode sort) {
      return new SortNode(current.withChildren(java.util.List.of(sort.child())), sort.keys());
    }
    return current;
  }
}
