package org.beamframe.optimizer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beamframe.plan.AssignNode;
import org.beamframe.plan.PlanNode;

/** Drops assignments of a new column that nothing downstream reads. */
final class RemoveUnusedAssignments implements OptimizerRule {
  @Override
  public Optional<PlanNode> apply(PlanNode root) {
    PlanNode rewritten = rewrite(root, new HashSet<>(root.schema().names()));
    return rewritten.equals(root) ? Optional.empty() : Optional.of(rewritten);
  }

  private static PlanNode rewrite(PlanNode node, Set<String> required) {
    if (node instanceof AssignNode assign && !required.contains(assign.name())
        && !assign.child().schema().contains(assign.name())) {
      return rewrite(assign.child(), required);
    }
    if (node.children().isEmpty()) {
      return node;
    }
    PlanNode child = rewrite(node.children().get(0), RequiredColumns.ofChild(node, required));
    return child == node.children().get(0) ? node : node.withChildren(List.of(child));
  }
}
