package org.beamframe.optimizer;

import java.util.List;
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
    PlanNode rewritten = rewrite(root);
    return rewritten.equals(root) ? Optional.empty() : Optional.of(rewritten);
  }

  private static PlanNode rewrite(PlanNode node) {
    if (node.children().isEmpty()) {
      return node;
    }
    PlanNode child = rewrite(node.children().get(0));
    if (node instanceof AggregateNode aggregate && !aggregate.preAggregated() && readsCsv(child)) {
      return new AggregateNode(child, aggregate.keys(), aggregate.aggregations(), true);
    }
    return child == node.children().get(0) ? node : node.withChildren(List.of(child));
  }

  private static boolean readsCsv(PlanNode node) {
    return node instanceof ReadCsvNode || node instanceof RowsNode rows && rows.child() instanceof ReadCsvNode;
  }
}
