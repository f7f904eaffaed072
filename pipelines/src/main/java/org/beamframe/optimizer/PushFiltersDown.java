package org.beamframe.optimizer;

import java.util.Optional;
import org.beamframe.plan.AssignNode;
import org.beamframe.plan.FilterNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.SelectNode;

/**
 * Moves a filter below assignments that do not compute a column it reads, and below selections,
 * so that rows are dropped before work is spent on them.
 */
final class PushFiltersDown implements OptimizerRule {
  @Override
  public Optional<PlanNode> apply(PlanNode root) {
    return Rewrites.changed(root, rewrite(root));
  }

  private static PlanNode rewrite(PlanNode node) {
    PlanNode current = Rewrites.withChild(node, PushFiltersDown::rewrite);
    if (current instanceof FilterNode filter) {
      if (filter.child() instanceof AssignNode assign && !filter.predicate().columns().contains(assign.name())) {
        return new AssignNode(rewrite(new FilterNode(assign.child(), filter.predicate())), assign.name(), assign.expr());
      }
      if (filter.child() instanceof SelectNode select) {
        return new SelectNode(rewrite(new FilterNode(select.child(), filter.predicate())), select.columns());
      }
    }
    return current;
  }
}
