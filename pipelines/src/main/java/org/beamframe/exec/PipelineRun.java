package org.beamframe.exec;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.lowering.Lowering;
import org.beamframe.physical.PhysicalNode;
import org.beamframe.plan.InputSize;

/** One Beam pipeline for one physical plan: lowered, run on the executor, its rows accounted for. */
final class PipelineRun {
  private final Executor executor;
  private final Pipeline pipeline;
  private final PCollection<Row> rows;
  private final long inputBytes;

  private PipelineRun(Executor executor, PhysicalNode input) {
    this.executor = executor;
    this.pipeline = Pipeline.create(executor.pipelineOptions());
    this.rows = Lowering.lower(pipeline, input);
    this.inputBytes = InputSize.bytes(input);
  }

  /** A pipeline making the rows of {@code input}; the caller adds where they go. */
  static PipelineRun of(Executor executor, PhysicalNode input) {
    return new PipelineRun(executor, input);
  }

  PCollection<Row> rows() {
    return rows;
  }

  /**
   * Runs the pipeline; a worker's exception is rethrown as is, not the runner's wrapper. Fails if
   * the read steps' counts do not reconcile, since that would mean rows were lost without a trace.
   */
  RunReport run() {
    try {
      return RunMetrics.reconciledReport(executor.run(pipeline, inputBytes));
    } catch (Pipeline.PipelineExecutionException failure) {
      if (failure.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw failure;
    }
  }
}
