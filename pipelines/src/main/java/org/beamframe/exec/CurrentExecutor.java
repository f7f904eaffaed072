package org.beamframe.exec;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Holds the process-wide default executor; without one, Beam's default options (and runner) apply. */
final class CurrentExecutor {
  private static final Executor BEAM_DEFAULTS = new Executor() {
    @Override
    public PipelineOptions pipelineOptions() {
      return PipelineOptionsFactory.create();
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
