package org.beamframe.runners;

import java.io.PrintWriter;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptions;
import org.beamframe.exec.Executor;
import org.beamframe.exec.ResultLimits;

/**
 * Where BeamFrame computes, like dask's {@code Client}: a runner profile and its settings. A
 * session made with {@link #start} is the one {@code compute()} uses until it is closed.
 */
public final class Session implements Executor, AutoCloseable {
  private final RunnerProfile profile;
  private final SessionSettings settings;
  private final String resultLocation;
  private final ResultLimits resultLimits;
  private final PrintWriter progress;
  private Executor previous;

  /** A session that hands results back through {@code settings}' temp location (by default the local temporary directory). */
  public Session(RunnerProfile profile, SessionSettings settings) {
    this(profile, settings, settings.resultLocation(), ResultLimits.DEFAULT, null);
  }

  private Session(RunnerProfile profile, SessionSettings settings, String resultLocation, ResultLimits resultLimits,
      PrintWriter progress) {
    this.profile = profile;
    this.settings = settings;
    this.resultLocation = resultLocation;
    this.resultLimits = resultLimits;
    this.progress = progress;
  }

  /** This session with other limits on what {@code compute()} brings back. */
  public Session withResultLimits(ResultLimits limits) {
    return new Session(profile, settings, resultLocation, limits, progress);
  }

  /** This session showing a progress line on {@code out} for runs longer than two seconds (null: none). */
  public Session withProgress(PrintWriter out) {
    return new Session(profile, settings, resultLocation, resultLimits, out);
  }

  @Override
  public PipelineResult run(Pipeline pipeline, long inputBytes) {
    if (progress == null) {
      return run(pipeline);
    }
    PipelineResult result = pipeline.run();
    PipelineResult.State state = ProgressReporter.await(result, inputBytes, progress);
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("the pipeline ended in state " + state + " instead of DONE");
    }
    return result;
  }

  /** While a job of this session runs, whatever its runner shows of it (e.g. a cluster's dashboard link) on {@code out}. */
  public AutoCloseable watch(PrintWriter out) {
    return profile.watch(settings, out);
  }

  @Override
  public ResultLimits resultLimits() {
    return resultLimits;
  }

  /** The default: DirectRunner, one thread per core, runtime checks off. */
  public static Session direct() {
    return new Session(new DirectProfile(), new SessionSettings(0, false, List.of()));
  }

  /**
   * Makes {@code session} the current executor until {@link #close()}, and its filesystem options
   * ({@code --awsRegion}, {@code --endpoint}, ...) those of Beam's FileSystems in this process, so
   * frames read from {@code s3://} (or any scheme) can be planned here, as a Beam pipeline's would.
   */
  public static Session start(Session session) {
    FileSystems.setDefaultPipelineOptions(session.settings.beamOptions(org.apache.beam.sdk.options.PipelineOptions.class));
    session.previous = Executor.setCurrent(session);
    return session;
  }

  public RunnerProfile profile() {
    return profile;
  }

  public SessionSettings settings() {
    return settings;
  }

  @Override
  public PipelineOptions pipelineOptions() {
    return profile.options(settings);
  }

  @Override
  public String resultLocation() {
    return resultLocation;
  }

  /** Restores the executor that was current before {@link #start}. */
  @Override
  public void close() {
    if (previous != null) {
      Executor.setCurrent(previous);
      previous = null;
    }
  }

  @Override
  public String toString() {
    return "Session(runner=" + profile.name() + ", parallelism=" + settings.effectiveParallelism() + ")";
  }
}
