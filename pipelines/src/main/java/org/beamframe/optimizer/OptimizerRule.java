package org.beamframe.optimizer;

import java.util.Optional;
import org.beamframe.plan.PlanNode;

/** One rewrite of a whole plan: a new plan with the same output schema, or empty for "no change". */
public interface OptimizerRule {
  /**
   * Rewrites the whole plan under {@code root}.
   *
   * @param root the plan so far
   * @return the rewritten plan, with the same output schema; empty when the rule changes nothing
   */
  Optional<PlanNode> apply(PlanNode root);

  /**
   * The rule's name, for explain output and errors.
   *
   * @return by default the class's simple name
   */
  default String name() {
    return getClass().getSimpleName();
  }
}
