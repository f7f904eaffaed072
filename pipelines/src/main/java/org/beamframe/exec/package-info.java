/**
 * Running a physical plan: {@link org.beamframe.exec.Execution#run} builds one Beam pipeline for the
 * plan, runs it on an {@link org.beamframe.exec.Executor} (the pipeline options that carry the runner;
 * a {@code Session} of {@code beamframe-runners} is the usual one) and ends it as the plan's sink says.
 * A small result comes back through files in the executor's result location, within
 * {@link org.beamframe.exec.ResultLimits}; outputs are written under a temporary name and moved into
 * place only when the run succeeded. Every run's records are accounted for in a
 * {@link org.beamframe.exec.RunReport}, and {@link org.beamframe.exec.BeamEdge} applies a frame inside a
 * pipeline of one's own. This package is internal to BeamFrame, not a stable API.
 */
package org.beamframe.exec;
