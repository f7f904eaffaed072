/**
 * The logical plan: immutable records, one per operation the facade records (read, assign, filter,
 * select, group-by, describe, pivot table, merge, concat, sort, nlargest, head, and the sinks of {@code compute()} and
 * {@code toCsv}), each knowing and checking its output schema when it is built. Every node is a
 * {@link org.beamframe.plan.PlanNode}; {@link org.beamframe.plan.PlanTree} is what logical and
 * physical plans share for explain ({@link org.beamframe.plan.PlanPrinter}) and visualize
 * ({@link org.beamframe.plan.PlanDot}, {@link org.beamframe.plan.PlanPicture}).
 * The package is plain Java with no Beam types; nothing here runs anything.
 * It is internal to BeamFrame, not a stable API: use {@link org.beamframe.DataFrame} and its companions instead.
 */
package org.beamframe.plan;
