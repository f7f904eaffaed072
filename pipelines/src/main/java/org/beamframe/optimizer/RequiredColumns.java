package org.beamframe.optimizer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.beamframe.agg.AggSpec;
import org.beamframe.plan.AggregateNode;
import org.beamframe.plan.AssignNode;
import org.beamframe.plan.ConcatNode;
import org.beamframe.plan.DescribeNode;
import org.beamframe.plan.FilterNode;
import org.beamframe.plan.JoinNode;
import org.beamframe.plan.PivotNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.RowsNode;
import org.beamframe.plan.SelectNode;
import org.beamframe.plan.SortNode;
import org.beamframe.plan.TopNode;
import org.beamframe.rows.AssignStep;
import org.beamframe.rows.FilterStep;
import org.beamframe.rows.RowStep;
import org.beamframe.rows.SelectStep;

/** Which columns of its child a node reads, given which of its own output columns are needed. */
final class RequiredColumns {
  private RequiredColumns() {}

  /** The columns input {@code index} of {@code node} must give. */
  static Set<String> ofChild(PlanNode node, int index, Set<String> required) {
    if (node instanceof JoinNode join) {
      return join.requiredOf(index, required);
    }
    if (node instanceof ConcatNode) {
      return required;
    }
    return ofChild(node, required);
  }

  static Set<String> ofChild(PlanNode node, Set<String> required) {
    if (node instanceof AggregateNode aggregate) {
      Set<String> columns = new HashSet<>(aggregate.keys());
      aggregate.aggregations().stream().map(AggSpec::column).forEach(columns::add);
      return columns;
    }
    if (node instanceof DescribeNode describe) {
      return new HashSet<>(describe.columns());
    }
    if (node instanceof PivotNode pivot) {
      Set<String> columns = new HashSet<>(pivot.index());
      columns.add(pivot.key());
      columns.add(pivot.values());
      return columns;
    }
    if (node instanceof SortNode sort) {
      Set<String> columns = new HashSet<>(required);
      sort.keys().forEach(key -> columns.add(key.column()));
      return columns;
    }
    if (node instanceof TopNode top) {
      Set<String> columns = new HashSet<>(required);
      columns.add(top.column());
      return columns;
    }
    if (node instanceof SelectNode select) {
      return step(new SelectStep(select.columns()), required, select.child());
    }
    if (node instanceof FilterNode filter) {
      return step(new FilterStep(filter.predicate()), required, filter.child());
    }
    if (node instanceof AssignNode assign) {
      return step(new AssignStep(assign.name(), assign.expr()), required, assign.child());
    }
    if (node instanceof RowsNode rows) {
      List<RowStep> steps = rows.program().steps();
      // Which assignments replace a column of their input, found forward once, by name (no schema per
      // step: a pivot table's program has a step per value).
      boolean[] replaces = new boolean[steps.size()];
      Set<String> names = new HashSet<>(rows.child().schema().names());
      for (int i = 0; i < steps.size(); i++) {
        if (steps.get(i) instanceof AssignStep assign) {
          replaces[i] = !names.add(assign.name());
        } else if (steps.get(i) instanceof SelectStep select) {
          names = new HashSet<>(select.columns());
        }
      }
      // Walk back from the last step.
      Set<String> needed = new HashSet<>(required);
      for (int i = steps.size() - 1; i >= 0; i--) {
        needed = reads(steps.get(i), needed, replaces[i]);
      }
      return needed;
    }
    return required;
  }

  private static Set<String> step(RowStep step, Set<String> required, PlanNode child) {
    boolean replaces = step instanceof AssignStep assign && child.schema().contains(assign.name());
    return reads(step, new HashSet<>(required), replaces);
  }

  /** The columns {@code step} reads to give {@code needed}, which it changes and returns (or a new set). */
  private static Set<String> reads(RowStep step, Set<String> needed, boolean replaces) {
    if (step instanceof SelectStep select) {
      return new HashSet<>(select.columns());
    }
    if (step instanceof FilterStep filter) {
      needed.addAll(filter.predicate().columns());
    } else if (step instanceof AssignStep assign) {
      needed.remove(assign.name());
      needed.addAll(assign.expr().columns());
      if (replaces) {
        needed.add(assign.name()); // replaced in place: keep it so the column keeps its position
      }
    }
    return needed;
  }
}
