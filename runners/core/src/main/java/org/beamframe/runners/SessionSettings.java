package org.beamframe.runners;

import java.util.List;
import org.beamframe.runners.storage.StorageOptions;

/**
 * What a session asks of its runner: parallelism (0 = the machine's cores, or a cluster's slots),
 * whether the runner should check that transforms do not mutate or mis-encode elements (slow; for
 * tests), the cluster to submit to ({@code host:port}; null for an in-process runner), how often
 * a failed job is retried on a cluster, and extra Beam flags.
 *
 * @param parallelism worker threads or slots; 0 means one per core of this machine (in-process
 *     runners) or all of a cluster's slots (the {@code flink} profile asks its REST API); never negative
 * @param enforceChecks whether DirectRunner's immutability and encodability checks are on; each
 *     copies and re-encodes every element, so they are for tests
 * @param master the Flink cluster's REST address, {@code host:port}; null for an in-process runner
 * @param retries how often a failed job runs again on a cluster (from the start); 0 or more
 * @param beamArgs extra Beam flags, each {@code --key=value}, passed to Beam's
 *     {@code PipelineOptionsFactory}; stored as an unmodifiable copy
 */
public record SessionSettings(int parallelism, boolean enforceChecks, String master, int retries, List<String> beamArgs) {
  /**
   * Checks the settings and copies {@code beamArgs}.
   *
   * @param parallelism worker threads or slots; 0 for all cores or slots
   * @param enforceChecks whether the runner's element checks are on
   * @param master the cluster's REST address {@code host:port}, or null for an in-process runner
   * @param retries how often a failed job runs again on a cluster
   * @param beamArgs extra {@code --key=value} Beam flags
   * @throws IllegalArgumentException if {@code parallelism} or {@code retries} is negative
   * @throws NullPointerException if {@code beamArgs} is null or holds a null
   */
  public SessionSettings {
    if (parallelism < 0) {
      throw new IllegalArgumentException("parallelism must be 0 (all cores) or more, got " + parallelism);
    }
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be 0 or more, got " + retries);
    }
    beamArgs = List.copyOf(beamArgs);
  }

  /**
   * In-process settings: no cluster, no retries.
   *
   * @param parallelism worker threads; 0 for one per core
   * @param enforceChecks whether the runner's element checks are on (slow; for tests)
   * @param beamArgs extra {@code --key=value} Beam flags
   * @throws IllegalArgumentException if {@code parallelism} is negative
   */
  public SessionSettings(int parallelism, boolean enforceChecks, List<String> beamArgs) {
    this(parallelism, enforceChecks, null, 0, beamArgs);
  }

  /**
   * The extra Beam flags, validated and viewed as {@code type}, with BeamFrame's storage defaults: where a profile starts its options.
   *
   * @param <T> the options interface wanted
   * @param type the options interface to view them as, e.g. {@code DirectOptions.class}
   * @return new options parsed from {@link #beamArgs()}, a new object on every call
   * @throws IllegalArgumentException if a flag is unknown to Beam or its value is invalid
   * @see StorageOptions#withDefaults(org.apache.beam.sdk.options.PipelineOptions, List)
   */
  public <T extends org.apache.beam.sdk.options.PipelineOptions> T beamOptions(Class<T> type) {
    return StorageOptions.withDefaults(org.apache.beam.sdk.options.PipelineOptionsFactory
        .fromArgs(beamArgs.toArray(new String[0]))
        .withValidation()
        .as(type), beamArgs);
  }

  /**
   * Where results come back through: {@code --tempLocation} (any Beam filesystem path, e.g.
   * {@code s3://bucket/tmp}), else this machine's temporary directory.
   *
   * @return a Beam FileSystems path, or the local directory named by {@code java.io.tmpdir}
   * @throws IllegalArgumentException if a Beam flag is unknown or invalid
   */
  public String resultLocation() {
    String temp = beamOptions(org.apache.beam.sdk.options.PipelineOptions.class).getTempLocation();
    return temp != null ? temp : System.getProperty("java.io.tmpdir");
  }

  /**
   * The parallelism to use: the configured one, or the number of available cores.
   * (The {@code flink} profile uses the cluster's slots instead of this machine's cores.)
   *
   * @return {@link #parallelism()} if positive, else this JVM's available processors
   */
  public int effectiveParallelism() {
    return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
  }
}
