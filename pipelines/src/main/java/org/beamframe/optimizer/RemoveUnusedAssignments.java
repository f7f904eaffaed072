package org.beamframe.optimizer;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.beamframe.plan.AssignNode;
import org.beamframe.plan.PlanNode;

/** Drops assignments of a new column that nothing downstream reads. */
final class RemoveUnusedAssignments implements OptimizerRule {
  @Override
  public Optional<PlanNode> apply(PlanNode root) {
    return Rewrites.changed(root, rewrite(root, new HashSet<>(root.schema().names())));
  }

  private static PlanNode rewrite(PlanNode node, Set<String> required) {
    if (node instanceof AssignNode assign && !required.contains(assign.name())
        && !assign.child().schema().contains(assign.name())) {
      return rewrite(assign.child(), required);
    }
    return Rewrites.withChildren(node, (index, child) -> rewrite(child, RequiredColumns.ofChild(node, index, required)));
  }
}
