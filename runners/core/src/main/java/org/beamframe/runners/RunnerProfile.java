package org.beamframe.runners;

import java.io.PrintWriter;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * One Beam runner BeamFrame can use: how its options are built from a session's settings, and
 * what a person sees while a job runs. Registered as a service (see {@link Runners}).
 */
public interface RunnerProfile {
  /**
   * The name used on the command line ({@code --runner=NAME}).
   *
   * @return the profile's name, unique among the profiles on the classpath
   */
  String name();

  /**
   * Options for one pipeline, with the settings' extra {@code --key=value} flags passed through to Beam.
   *
   * @param settings the session's settings: parallelism, checks, cluster address, retries, Beam flags
   * @return new options with this profile's runner set; a new object on every call
   */
  PipelineOptions options(SessionSettings settings);

  /**
   * While a job runs, whatever tells {@code out} where to follow it (a cluster's job id and dashboard); closed after.
   * By default nothing is shown.
   *
   * @param settings the session's settings (e.g. the cluster address to ask about its jobs)
   * @param out where to print what a person should see
   * @return a handle to close when the job has ended; a no-op by default
   */
  default AutoCloseable watch(SessionSettings settings, PrintWriter out) {
    return () -> {};
  }
}
