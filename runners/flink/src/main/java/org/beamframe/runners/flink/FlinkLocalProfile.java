package org.beamframe.runners.flink;

import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.beamframe.runners.RunnerProfile;
import org.beamframe.runners.SessionSettings;
import org.beamframe.transforms.BeamFrameOptions;

/** Flink's embedded mini cluster in this process ({@code [local]}): Flink's engine without a cluster. */
public final class FlinkLocalProfile implements RunnerProfile {
  /**
   * The command-line name of this profile.
   *
   * @return {@code "flink-local"}
   */
  @Override
  public String name() {
    return "flink-local";
  }

  /**
   * FlinkRunner options for the embedded mini cluster ({@code --flinkMaster=[local]}) with the
   * settings' effective parallelism (one per core by default), and Flink's defensive copies off.
   *
   * @param settings the session's settings; {@code master} and {@code retries} are not used here
   * @return new FlinkRunner options
   */
  @Override
  public PipelineOptions options(SessionSettings settings) {
    FlinkPipelineOptions options = settings.beamOptions(FlinkPipelineOptions.class);
    options.setRunner(FlinkRunner.class);
    // BeamFrame's coders are exact and its DoFns do not mutate their inputs, so Flink may skip defensive copies.
    options.setFasterCopy(true);
    options.setFlinkMaster("[local]");
    options.setParallelism(settings.effectiveParallelism());
    options.as(BeamFrameOptions.class).setWorkerParallelism(options.getParallelism());
    return options;
  }
}
