package org.beamframe.exec;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Holds the process-wide default executor; without one, Beam's DirectRunner as the command line
 * runs it: a worker thread per core, and without the element checks (they copy and re-encode
 * every element, for tests) that Beam's defaults turn on. The system property
 * {@value #CHECKS} turns them back on (BeamFrame's own tests do).
 */
final class CurrentExecutor {
  static final String CHECKS = "beamframe.directRunnerChecks";
  private static final Executor BEAM_DEFAULTS = new Executor() {
    @Override
    public PipelineOptions pipelineOptions() {
      int cores = Runtime.getRuntime().availableProcessors();
      boolean checks = Boolean.getBoolean(CHECKS);
      return PipelineOptionsFactory.fromArgs("--enforceImmutability=" + checks, "--enforceEncodability=" + checks,
          "--targetParallelism=" + cores, "--workerParallelism=" + cores).create();
    }
  };
  private static final AtomicReference<Executor> CURRENT = new AtomicReference<>(BEAM_DEFAULTS);

  private CurrentExecutor() {}

  static Executor get() {
    return CURRENT.get();
  }

  static Executor set(Executor executor) {
    return CURRENT.getAndSet(executor == null ? BEAM_DEFAULTS : Objects.requireNonNull(executor));
  }
}
