package org.beamframe.optimizer;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.beamframe.plan.PlanNode;

/** The plumbing rules share: rewriting a node's input, and reporting "no change". */
final class Rewrites {
  private Rewrites() {}

  /** {@code after}, or empty when the rewrite changed nothing. */
  static Optional<PlanNode> changed(PlanNode before, PlanNode after) {
    return after.equals(before) ? Optional.empty() : Optional.of(after);
  }

  /** {@code node} with its input rewritten by {@code rewrite} (the same node if that changed nothing). */
  static PlanNode withChild(PlanNode node, UnaryOperator<PlanNode> rewrite) {
    if (node.children().isEmpty()) {
      return node;
    }
    PlanNode child = node.children().get(0);
    PlanNode rewritten = rewrite.apply(child);
    return rewritten == child ? node : node.withChildren(List.of(rewritten));
  }
}
