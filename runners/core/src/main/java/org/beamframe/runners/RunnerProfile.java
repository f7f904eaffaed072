package org.beamframe.runners;

import java.io.PrintWriter;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * One Beam runner BeamFrame can use: how its options are built from a session's settings, and
 * what a person sees while a job runs. Registered as a service (see {@link Runners}).
 */
public interface RunnerProfile {
  /** The name used on the command line ({@code --runner=NAME}). */
  String name();

  /** Options for one pipeline, with the settings' extra {@code --key=value} flags passed through to Beam. */
  PipelineOptions options(SessionSettings settings);

  /** While a job runs, whatever tells {@code out} where to follow it (a cluster's job id and dashboard); closed after. */
  default AutoCloseable watch(SessionSettings settings, PrintWriter out) {
    return () -> {};
  }
}
