package org.beamframe.optimizer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beamframe.plan.BeamInputNode;
import org.beamframe.plan.LocalRowsNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.ReadCsvNode;
import org.beamframe.plan.SelectNode;

/**
 * The CSV read converts only the columns something downstream reads (pandas' {@code usecols}); rows
 * from memory or a PCollection are narrowed to them at once, so every input of a concat has the
 * same columns and no unused column is carried through a shuffle.
 */
final class PushProjectionIntoRead implements OptimizerRule {
  @Override
  public Optional<PlanNode> apply(PlanNode root) {
    return Rewrites.changed(root, rewrite(root, new HashSet<>(root.schema().names())));
  }

  private static PlanNode rewrite(PlanNode node, Set<String> required) {
    if (node instanceof ReadCsvNode read) {
      List<String> columns = read.columns().stream().filter(required::contains).toList();
      // Reading nothing is not a read: keep one column so rows can still be counted.
      List<String> kept = columns.isEmpty() ? read.columns().subList(0, 1) : columns;
      return kept.equals(read.columns()) ? read : new ReadCsvNode(read.source(), kept);
    }
    if (node instanceof LocalRowsNode || node instanceof BeamInputNode) {
      List<String> columns = node.schema().names().stream().filter(required::contains).toList();
      List<String> kept = columns.isEmpty() ? node.schema().names().subList(0, 1) : columns;
      return kept.equals(node.schema().names()) ? node : new SelectNode(node, kept);
    }
    return Rewrites.withChildren(node, (index, child) -> rewrite(child, RequiredColumns.ofChild(node, index, required)));
  }
}
