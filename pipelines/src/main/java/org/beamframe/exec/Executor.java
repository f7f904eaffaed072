package org.beamframe.exec;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Where and how a lazy result is computed: the pipeline options (which carry the runner) and how a
 * run is awaited. The facade never names a runner; {@code beamframe-runners}' Session is the usual
 * implementation, like dask's {@code Client}.
 */
public interface Executor {
  /** Fresh options for one pipeline. */
  PipelineOptions pipelineOptions();

  /** Runs {@code pipeline} to completion; throws if it did not finish successfully. */
  default PipelineResult run(Pipeline pipeline) {
    PipelineResult result = pipeline.run();
    PipelineResult.State state = result.waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("the pipeline ended in state " + state + " instead of DONE");
    }
    return result;
  }

  /**
   * Runs {@code pipeline}, which reads {@code inputBytes} of input, to completion: the hook for
   * executors that report progress. By default the same as {@link #run(Pipeline)}.
   */
  default PipelineResult run(Pipeline pipeline, long inputBytes) {
    return run(pipeline);
  }

  /**
   * A directory every worker and this process can read and write, for handing small results back:
   * any path Beam's FileSystems know ({@code s3://bucket/tmp} for a cluster). By default the local
   * temporary directory, which only in-process runners share with this process.
   */
  default String resultLocation() {
    return System.getProperty("java.io.tmpdir");
  }

  /** How large a result {@code compute()} may bring back. */
  default ResultLimits resultLimits() {
    return ResultLimits.DEFAULT;
  }

  /** The executor {@code compute()} uses when none is given: the one last made current, else Beam's defaults. */
  static Executor current() {
    return CurrentExecutor.get();
  }

  /** Makes {@code executor} the one {@code compute()} uses; returns the previous one. */
  static Executor setCurrent(Executor executor) {
    return CurrentExecutor.set(executor);
  }
}
