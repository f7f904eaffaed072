package org.beamframe.exec;

import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.lowering.Lowering;
import org.beamframe.physical.PhysicalNode;
import org.beamframe.physical.PhysicalSink;
import org.beamframe.plan.InputSize;
import org.beamframe.plan.PlanTree;

/** One Beam pipeline for one physical plan: lowered, run on the executor, its rows accounted for. */
final class PipelineRun {
  private final Executor executor;
  private final Pipeline pipeline;
  private final PCollection<Row> rows;
  private final long inputBytes;

  private PipelineRun(Executor executor, PlanTree plan, Function<Pipeline, PCollection<Row>> lowering) {
    this.executor = executor;
    this.pipeline = Pipeline.create(executor.pipelineOptions());
    this.rows = lowering.apply(pipeline);
    this.inputBytes = InputSize.bytes(plan);
  }

  /** A pipeline making the rows of {@code input}; the caller adds where they go. */
  static PipelineRun of(Executor executor, PhysicalNode input) {
    return new PipelineRun(executor, input, pipeline -> Lowering.lower(pipeline, input,
        executor.resultLimits().maxRows()));
  }

  /** A pipeline of a sink that lowers as a whole ({@code lowering} applies it): no rows for the caller. */
  static PipelineRun whole(Executor executor, PhysicalSink sink, Consumer<Pipeline> lowering) {
    return new PipelineRun(executor, sink, pipeline -> {
      lowering.accept(pipeline);
      return null;
    });
  }

  /** The plan's rows; only for a pipeline made {@link #of} a physical node. */
  PCollection<Row> rows() {
    if (rows == null) {
      throw new IllegalStateException("this pipeline's sink is part of it; it gives no rows");
    }
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
