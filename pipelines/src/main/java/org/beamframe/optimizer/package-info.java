/**
 * The optimizer: an ordered list of logical rules, one class each, and the physical planner that
 * decides how each step runs. {@link org.beamframe.optimizer.Optimizer#DEFAULT} turns pivot tables
 * into conditional aggregations, moves sorts to the end, drops unused assignments, pushes filters
 * down, merges adjacent filters, reads only the columns the plan needs and fuses row steps, checking
 * after every rewrite that the output schema is unchanged; {@link org.beamframe.optimizer.Optimizer#AS_WRITTEN}
 * runs the plan as written. The {@link org.beamframe.optimizer.PhysicalPlanner} then chooses
 * strategies such as partial aggregation inside the CSV scan and broadcasting a small right side of
 * a merge.
 * This package is internal to BeamFrame, not a stable API.
 */
package org.beamframe.optimizer;
