package org.beamframe.runners;

import org.apache.beam.sdk.options.PipelineOptions;

/** One Beam runner BeamFrame can use: how its options are built from a session's settings. */
public interface RunnerProfile {
  /** The name used on the command line ({@code --runner=NAME}). */
  String name();

  /** Options for one pipeline, with the settings' extra {@code --key=value} flags passed through to Beam. */
  PipelineOptions options(SessionSettings settings);
}
