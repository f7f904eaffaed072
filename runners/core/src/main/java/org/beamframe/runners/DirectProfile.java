package org.beamframe.runners;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.beamframe.transforms.BeamFrameOptions;

/** Beam's DirectRunner in this process, with one worker thread per core. */
public final class DirectProfile implements RunnerProfile {
  @Override
  public String name() {
    return "direct";
  }

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
