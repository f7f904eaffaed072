package org.beamframe.optimizer;

import java.util.Optional;
import org.beamframe.plan.FilterNode;
import org.beamframe.plan.PlanNode;

/** Two filters in a row become one with both predicates: {@code df[a][b]} is {@code df[a & b]}. */
final class MergeAdjacentFilters implements OptimizerRule {
  @Override
  public Optional<PlanNode> apply(PlanNode root) {
    return Rewrites.changed(root, rewrite(root));
  }

  private static PlanNode rewrite(PlanNode node) {
    PlanNode current = Rewrites.withChild(node, MergeAdjacentFilters::rewrite);
    if (current instanceof FilterNode outer && outer.child() instanceof FilterNode inner) {
      return new FilterNode(inner.child(), inner.predicate().and(outer.predicate()));
    }
    return current;
  }
}
