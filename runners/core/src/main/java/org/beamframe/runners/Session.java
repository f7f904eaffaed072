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

  /**
   * A session that hands results back through {@code settings}' temp location (by default the local temporary directory).
   * It has the default {@link ResultLimits} and shows no progress; nothing is started or contacted
   * until a pipeline runs.
   *
   * @param profile the runner to compute on, e.g. {@link DirectProfile}
   * @param settings parallelism, cluster address, retries and extra Beam flags for that runner
   */
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

  /**
   * This session with other limits on what {@code compute()} brings back.
   *
   * @param limits the largest result, in rows and bytes, {@code compute()} may return before it refuses
   * @return a new session with the same runner, settings and progress output; this one is unchanged
   */
  public Session withResultLimits(ResultLimits limits) {
    return new Session(profile, settings, resultLocation, limits, progress);
  }

  /**
   * This session showing a progress line on {@code out} for runs longer than two seconds (null: none).
   * The line shows rows and bytes read of the input, the rate and the elapsed time, from the read
   * steps' metrics (on runners that report metrics only at the end, what is known so far).
   *
   * @param out where the progress line goes (the command line uses stderr), or null for no progress
   * @return a new session with the same runner, settings and limits; this one is unchanged
   */
  public Session withProgress(PrintWriter out) {
    return new Session(profile, settings, resultLocation, resultLimits, out);
  }

  /**
   * Runs {@code pipeline} to completion. Without a progress output this is
   * {@link Executor#run(Pipeline)}; with one, it waits while keeping the progress line up to date.
   *
   * @param pipeline the pipeline to run, built with this session's {@link #pipelineOptions()}
   * @param inputBytes the total size of the pipeline's input in bytes, for the progress line's percentage
   * @return the finished run's result, e.g. for its metrics
   * @throws IllegalStateException if the pipeline ends in a state other than {@code DONE}
   * @see #withProgress(PrintWriter)
   */
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

  /**
   * While a job of this session runs, whatever its runner shows of it (e.g. a cluster's dashboard link) on {@code out}.
   *
   * @param out where to print it
   * @return a handle to close when the job has ended; a no-op for runners that show nothing
   * @see RunnerProfile#watch(SessionSettings, PrintWriter)
   */
  public AutoCloseable watch(PrintWriter out) {
    return profile.watch(settings, out);
  }

  /**
   * How large a result {@code compute()} may bring back: {@link ResultLimits#DEFAULT} unless set
   * with {@link #withResultLimits(ResultLimits)}.
   *
   * @return this session's result limits
   * @see #withResultLimits(ResultLimits)
   */
  @Override
  public ResultLimits resultLimits() {
    return resultLimits;
  }

  /**
   * The default: DirectRunner, one thread per core, runtime checks off.
   *
   * @return a new DirectRunner session, not yet made current (see {@link #start(Session)})
   */
  public static Session direct() {
    return new Session(new DirectProfile(), new SessionSettings(0, false, List.of()));
  }

  /**
   * Makes {@code session} the current executor until {@link #close()}, and its filesystem options
   * ({@code --awsRegion}, {@code --endpoint}, ...) those of Beam's FileSystems in this process, so
   * frames read from {@code s3://} (or any scheme) can be planned here, as a Beam pipeline's would.
   * Use it in try-with-resources: {@code try (Session s = Session.start(Session.direct())) { ... }}.
   * Closing the session restores the previous executor; the filesystem options stay as set.
   *
   * @param session the session {@code compute()} should use from now on
   * @return {@code session} itself, now current
   * @throws IllegalArgumentException if the session's Beam flags are unknown or invalid
   */
  public static Session start(Session session) {
    FileSystems.setDefaultPipelineOptions(session.settings.beamOptions(org.apache.beam.sdk.options.PipelineOptions.class));
    session.previous = Executor.setCurrent(session);
    return session;
  }

  /**
   * The runner this session computes on.
   *
   * @return the session's runner profile
   */
  public RunnerProfile profile() {
    return profile;
  }

  /**
   * The settings the runner profile builds its options from.
   *
   * @return the session's settings
   */
  public SessionSettings settings() {
    return settings;
  }

  /**
   * Fresh options for one pipeline, built by this session's runner profile from its settings.
   * For a cluster profile this may contact the cluster (e.g. to ask for its slots).
   *
   * @return new options carrying the runner and the settings' Beam flags
   * @see RunnerProfile#options(SessionSettings)
   */
  @Override
  public PipelineOptions pipelineOptions() {
    return profile.options(settings);
  }

  /**
   * The directory through which workers hand small results back to this process, fixed when the
   * session is made: the settings' {@code --tempLocation}, else this machine's temporary directory.
   *
   * @return a Beam FileSystems path, e.g. {@code s3://bucket/tmp} or a local directory
   * @see SessionSettings#resultLocation()
   */
  @Override
  public String resultLocation() {
    return resultLocation;
  }

  /**
   * Restores the executor that was current before {@link #start}. Does nothing if this session
   * was not started, or was already closed.
   */
  @Override
  public void close() {
    if (previous != null) {
      Executor.setCurrent(previous);
      previous = null;
    }
  }

  /**
   * A short description for logs and messages.
   *
   * @return e.g. {@code Session(runner=direct, parallelism=4)}
   */
  @Override
  public String toString() {
    return "Session(runner=" + profile.name() + ", parallelism=" + settings.effectiveParallelism() + ")";
  }
}
