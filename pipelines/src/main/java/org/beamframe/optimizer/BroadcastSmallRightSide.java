package org.beamframe.optimizer;

import java.util.Optional;
import org.beamframe.physical.KeyJoin;
import org.beamframe.physical.JoinSpec;
import org.beamframe.physical.PhysicalNode;
import org.beamframe.plan.InputSize;
import org.beamframe.plan.JoinNode;
import org.beamframe.plan.PlanNode;

/**
 * A merge whose right side reads at most 64 MiB of CSV (or rows held in memory, but no PCollection,
 * whose size is not known) copies that side to every worker instead of
 * shuffling both sides: the usual merge of a large frame with a small lookup table then moves no
 * row of the large frame across the network.
 */
final class BroadcastSmallRightSide implements PhysicalStrategy {
  static final long MAX_BROADCAST_BYTES = 64L << 20;

  @Override
  public Optional<PhysicalNode> plan(PlanNode node, PhysicalPlanner planner) {
    // A broadcast side's unmatched rows cannot be found by any one worker: right and outer merges shuffle.
    if (node instanceof JoinNode join && !join.how().keepsUnmatchedRight() && InputSize.known(join.right())
        && InputSize.bytes(join.right()) <= MAX_BROADCAST_BYTES) {
      return Optional.of(new KeyJoin(planner.rows(join.left()), planner.rows(join.right()),
          new JoinSpec(join.columns(), join.how(), join.schema()), KeyJoin.Movement.RIGHT_SIDE_BROADCAST));
    }
    return Optional.empty();
  }
}
