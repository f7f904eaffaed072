package org.beamframe.optimizer;

import java.util.Optional;
import org.beamframe.plan.PlanNode;

/** One rewrite of a whole plan: a new plan with the same output schema, or empty for "no change". */
public interface OptimizerRule {
  Optional<PlanNode> apply(PlanNode root);

  /** The rule's name, for explain output and errors. */
  default String name() {
    return getClass().getSimpleName();
  }
}
