package org.beamframe.optimizer;

import java.util.Optional;
import org.beamframe.plan.AggregateNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.ReadCsvNode;
import org.beamframe.plan.RowsNode;

/**
 * An aggregation straight over a CSV read (and its fused row step) aggregates each split as it is
 * read, so only partial aggregates — one per group and split — enter the shuffle.
 */
final class PreAggregateBeforeShuffle implements OptimizerRule {
  @Override
  public Optional<PlanNode> apply(PlanNode root) {
    return Rewrites.changed(root, rewrite(root));
  }

  private static PlanNode rewrite(PlanNode node) {
    PlanNode current = Rewrites.withChild(node, PreAggregateBeforeShuffle::rewrite);
    if (current instanceof AggregateNode aggregate && !aggregate.preAggregated() && readsCsv(aggregate.child())) {
      return new AggregateNode(aggregate.child(), aggregate.keys(), aggregate.aggregations(), aggregate.dropNullKeys(),
          true);
    }
    return current;
  }

  private static boolean readsCsv(PlanNode node) {
    return node instanceof ReadCsvNode || node instanceof RowsNode rows && rows.child() instanceof ReadCsvNode;
  }
}
