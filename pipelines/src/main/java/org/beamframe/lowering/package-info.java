/**
 * The lowering: {@link org.beamframe.lowering.Lowering} turns each physical plan node into one Beam
 * transform from BeamFrame's transforms ({@code ReadCsv}, {@code TransformRows},
 * {@code PreAggregateCsv}, {@code AggregateBy}, {@code MergeRows}, ...), applied to what its inputs
 * became. It makes no choices and names no runner: those are the physical planner's and the
 * executor's. This package is internal to BeamFrame, not a stable API.
 */
package org.beamframe.lowering;
