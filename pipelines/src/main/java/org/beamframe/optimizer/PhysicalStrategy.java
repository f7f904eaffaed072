package org.beamframe.optimizer;

import java.util.Optional;
import org.beamframe.physical.PhysicalNode;
import org.beamframe.plan.PlanNode;

/**
 * One way to run a kind of logical node, chosen by the physical planner when it fits: the chosen
 * physical node, or empty to leave the node to the next strategy (and finally to the plain way).
 */
interface PhysicalStrategy {
  Optional<PhysicalNode> plan(PlanNode node, PhysicalPlanner planner);
}
