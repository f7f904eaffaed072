package org.beamframe.optimizer;

import java.util.List;
import java.util.Optional;
import org.beamframe.plan.FilterNode;
import org.beamframe.plan.PlanNode;

/** Two filters in a row become one with both predicates: {@code df[a][b]} is {@code df[a & b]}. */
final class MergeAdjacentFilters implements OptimizerRule {
  @Override
  public Optional<PlanNode> apply(PlanNode root) {
    PlanNode rewritten = rewrite(root);
    return rewritten.equals(root) ? Optional.empty() : Optional.of(rewritten);
  }

  private static PlanNode rewrite(PlanNode node) {
    if (node.children().isEmpty()) {
      return node;
    }
    PlanNode child = rewrite(node.children().get(0));
    if (node instanceof FilterNode outer && child instanceof FilterNode inner) {
      return new FilterNode(inner.child(), inner.predicate().and(outer.predicate()));
    }
    return child == node.children().get(0) ? node : node.withChildren(List.of(child));
  }
}
