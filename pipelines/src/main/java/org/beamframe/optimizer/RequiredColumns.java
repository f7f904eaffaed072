package org.beamframe.optimizer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.beamframe.agg.AggSpec;
import org.beamframe.plan.AggregateNode;
import org.beamframe.plan.AssignNode;
import org.beamframe.plan.ConcatNode;
import org.beamframe.plan.FilterNode;
import org.beamframe.plan.JoinNode;
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
      Set<String> needed = required;
      // Walk back from the last step; each step's input schema is the one before it.
      for (int i = steps.size() - 1; i >= 0; i--) {
        org.beamframe.types.FrameSchema input = rows.child().schema();
        for (int j = 0; j < i; j++) {
          input = steps.get(j).outputSchema(input);
        }
        needed = step(steps.get(i), needed, input);
      }
      return needed;
    }
    return required;
  }

  private static Set<String> step(RowStep step, Set<String> required, PlanNode child) {
    return step(step, required, child.schema());
  }

  private static Set<String> step(RowStep step, Set<String> required, org.beamframe.types.FrameSchema input) {
    Set<String> columns = new HashSet<>();
    if (step instanceof SelectStep select) {
      columns.addAll(select.columns());
    } else if (step instanceof FilterStep filter) {
      columns.addAll(required);
      columns.addAll(filter.predicate().columns());
    } else if (step instanceof AssignStep assign) {
      columns.addAll(required);
      columns.remove(assign.name());
      columns.addAll(assign.expr().columns());
      if (input.contains(assign.name())) {
        columns.add(assign.name()); // replaced in place: keep it so the column keeps its position
      }
    }
    return columns;
  }
}
