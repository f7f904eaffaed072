package org.beamframe.optimizer;

import java.util.List;
import java.util.Optional;
import org.beamframe.plan.PlanNode;

/** Ordered rules applied once each; every rewrite must keep the plan's output schema. */
public final class Optimizer {
  /** The rules BeamFrame applies, in order. */
  public static final Optimizer DEFAULT = new Optimizer(List.of(
      new RemoveUnusedAssignments(),
      new PushFiltersDown(),
      new MergeAdjacentFilters(),
      new PushProjectionIntoRead(),
      new FuseRowSteps(),
      new PreAggregateBeforeShuffle(),
      new BroadcastSmallRightSide()));

  private final List<OptimizerRule> rules;

  public Optimizer(List<OptimizerRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<OptimizerRule> rules() {
    return rules;
  }

  public PlanNode optimize(PlanNode root) {
    PlanNode plan = root;
    for (OptimizerRule rule : rules) {
      Optional<PlanNode> rewritten = rule.apply(plan);
      if (rewritten.isPresent()) {
        if (!rewritten.get().schema().equals(plan.schema())) {
          throw new IllegalStateException("optimizer rule " + rule.name() + " changed the plan's output schema from "
              + plan.schema() + " to " + rewritten.get().schema() + "; this is a bug in the rule");
        }
        plan = rewritten.get();
      }
    }
    return plan;
  }
}
