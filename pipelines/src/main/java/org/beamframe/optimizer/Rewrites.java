package org.beamframe.optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
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

  /** {@code node} with each input rewritten by {@code rewrite} (the same node if that changed nothing). */
  static PlanNode withChild(PlanNode node, UnaryOperator<PlanNode> rewrite) {
    return withChildren(node, (index, child) -> rewrite.apply(child));
  }

  /** {@code node} with input {@code i} rewritten by {@code rewrite(i, input)} (the same node if nothing changed). */
  static PlanNode withChildren(PlanNode node, BiFunction<Integer, PlanNode, PlanNode> rewrite) {
    List<PlanNode> children = node.children();
    List<PlanNode> rewritten = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < children.size(); i++) {
      PlanNode child = rewrite.apply(i, children.get(i));
      changed |= child != children.get(i);
      rewritten.add(child);
    }
    return changed ? node.withChildren(rewritten) : node;
  }
}
