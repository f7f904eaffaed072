package org.beamframe.runners;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.beamframe.transforms.BeamFrameOptions;

/** Beam's DirectRunner in this process, with one worker thread per core. */
public final class DirectProfile implements RunnerProfile {
  /**
   * The command-line name of this profile.
   *
   * @return {@code "direct"}
   */
  @Override
  public String name() {
    return "direct";
  }

  /**
   * DirectRunner options: the settings' effective parallelism as the runner's target parallelism
   * and BeamFrame's worker parallelism, Beam's immutability and encodability checks only when
   * {@link SessionSettings#enforceChecks()} asks for them, and a non-blocking {@code run()} so the
   * session can show progress while it waits.
   *
   * @param settings the session's settings; {@code master} and {@code retries} are not used here
   * @return new DirectRunner options
   */
  @Override
  public PipelineOptions options(SessionSettings settings) {
    DirectOptions options = settings.beamOptions(DirectOptions.class);
    options.setRunner(DirectRunner.class);
    options.setTargetParallelism(settings.effectiveParallelism());
    options.as(BeamFrameOptions.class).setWorkerParallelism(settings.effectiveParallelism());
    // The checks copy and re-encode every element: right for tests, a large cost on real data.
    options.setEnforceImmutability(settings.enforceChecks());
    options.setEnforceEncodability(settings.enforceChecks());
    // run() returns at once; the session waits (and may show progress meanwhile).
    options.setBlockOnRun(false);
    return options;
  }
}
