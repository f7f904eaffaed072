/**
 * The physical plan: how each step of an optimized logical plan runs. A
 * {@link org.beamframe.physical.PhysicalNode} makes rows (a CSV scan with its fused row steps, a
 * partial-then-final or shuffled aggregation, a broadcast or shuffled merge, ...), and a
 * {@link org.beamframe.physical.PhysicalSink} at the root says where they go: collected into this
 * process, or written to files by the workers. The lowering visits nodes through
 * {@link org.beamframe.physical.PhysicalVisitor}, the execution visits sinks through
 * {@link org.beamframe.physical.SinkVisitor}; the records themselves are plain Java without Beam types.
 * This package is internal to BeamFrame, not a stable API.
 */
package org.beamframe.physical;
