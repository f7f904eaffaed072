package org.beamframe.optimizer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.beamframe.plan.AssignNode;
import org.beamframe.plan.FilterNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.RowsNode;
import org.beamframe.plan.SelectNode;
import org.beamframe.rows.AssignStep;
import org.beamframe.rows.FilterStep;
import org.beamframe.rows.RowProgram;
import org.beamframe.rows.RowStep;
import org.beamframe.rows.SelectStep;

/** A run of assignments, filters and selections becomes one row step (one DoFn, or part of the read). */
final class FuseRowSteps implements OptimizerRule {
  @Override
  public Optional<PlanNode> apply(PlanNode root) {
    return Rewrites.changed(root, rewrite(root));
  }

  private static PlanNode rewrite(PlanNode node) {
    Deque<RowStep> steps = new ArrayDeque<>();
    PlanNode base = node;
    while (true) {
      if (base instanceof AssignNode assign) {
        steps.push(new AssignStep(assign.name(), assign.expr()));
      } else if (base instanceof FilterNode filter) {
        steps.push(new FilterStep(filter.predicate()));
      } else if (base instanceof SelectNode select) {
        steps.push(new SelectStep(select.columns()));
      } else if (base instanceof RowsNode rows) {
        List<RowStep> fused = rows.program().steps();
        for (int i = fused.size() - 1; i >= 0; i--) {
          steps.push(fused.get(i));
        }
      } else {
        break;
      }
      base = base.children().get(0);
    }
    PlanNode below = Rewrites.withChild(base, FuseRowSteps::rewrite);
    if (steps.isEmpty()) {
      return below.equals(base) ? base : below;
    }
    RowProgram program = RowProgram.empty();
    for (RowStep step : steps) {
      program = program.then(step);
    }
    return new RowsNode(below, program);
  }
}
