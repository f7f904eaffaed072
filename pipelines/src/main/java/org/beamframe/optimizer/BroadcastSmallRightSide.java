package org.beamframe.optimizer;

import java.util.Optional;
import org.beamframe.plan.InputSize;
import org.beamframe.plan.JoinNode;
import org.beamframe.plan.PlanNode;

/**
 * A merge whose right side reads at most 64 MiB of CSV copies that side to every worker instead of
 * shuffling both sides: the usual merge of a large frame with a small lookup table then moves no
 * row of the large frame across the network.
 */
final class BroadcastSmallRightSide implements OptimizerRule {
  static final long MAX_BROADCAST_BYTES = 64L << 20;

  @Override
  public Optional<PlanNode> apply(PlanNode root) {
    return Rewrites.changed(root, rewrite(root));
  }

  private static PlanNode rewrite(PlanNode node) {
    PlanNode current = Rewrites.withChild(node, BroadcastSmallRightSide::rewrite);
    if (current instanceof JoinNode join && !join.broadcast() && InputSize.bytes(join.right()) <= MAX_BROADCAST_BYTES) {
      return join.withBroadcast(true);
    }
    return current;
  }
}
