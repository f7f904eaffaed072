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
  /**
   * Fresh options for one pipeline. Called for every run, and by {@link Execution#run} to configure
   * Beam's filesystems in this process.
   *
   * @return new options, carrying the runner and its settings
   */
  PipelineOptions pipelineOptions();

  /**
   * Runs {@code pipeline} to completion; throws if it did not finish successfully.
   *
   * @param pipeline the pipeline, made with {@link #pipelineOptions()}
   * @return the finished run's result, whose metrics give the row accounting
   * @throws IllegalStateException if the run ends in a state other than {@code DONE}
   * @throws org.apache.beam.sdk.Pipeline.PipelineExecutionException if a worker failed, as the runner reports it
   */
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
   *
   * @param pipeline the pipeline, made with {@link #pipelineOptions()}
   * @param inputBytes the bytes of CSV input the pipeline reads (stored size, as listed); 0 when it reads no CSV
   * @return the finished run's result
   * @throws IllegalStateException if the run ends in a state other than {@code DONE}
   */
  default PipelineResult run(Pipeline pipeline, long inputBytes) {
    return run(pipeline);
  }

  /**
   * A directory every worker and this process can read and write, for handing small results back:
   * any path Beam's FileSystems know ({@code s3://bucket/tmp} for a cluster). By default the local
   * temporary directory, which only in-process runners share with this process.
   *
   * @return the directory's path; each result gets a fresh directory under it, removed after the run
   */
  default String resultLocation() {
    return System.getProperty("java.io.tmpdir");
  }

  /**
   * How large a result {@code compute()} may bring back.
   *
   * @return the limits; by default {@link ResultLimits#DEFAULT}
   */
  default ResultLimits resultLimits() {
    return ResultLimits.DEFAULT;
  }

  /**
   * The executor {@code compute()} uses when none is given: the one last made current, else Beam's defaults.
   * Beam's defaults are the DirectRunner with a worker thread per core and its element checks off
   * (the system property {@code beamframe.directRunnerChecks=true} turns them on).
   *
   * @return the current executor; never null
   */
  static Executor current() {
    return CurrentExecutor.get();
  }

  /**
   * Makes {@code executor} the one {@code compute()} uses, for the whole process; returns the previous
   * one. A {@code Session} of {@code beamframe-runners} calls this when started.
   *
   * @param executor the new default; null restores Beam's defaults
   * @return the executor that was current before
   */
  static Executor setCurrent(Executor executor) {
    return CurrentExecutor.set(executor);
  }
}
