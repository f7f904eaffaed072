package org.beamframe.runners;

import java.util.List;
import org.beamframe.runners.storage.StorageOptions;

/**
 * What a session asks of its runner: parallelism (0 = the machine's cores, or a cluster's slots),
 * whether the runner should check that transforms do not mutate or mis-encode elements (slow; for
 * tests), the cluster to submit to ({@code host:port}; null for an in-process runner), how often
 * a failed job is retried on a cluster, and extra Beam flags.
 */
public record SessionSettings(int parallelism, boolean enforceChecks, String master, int retries, List<String> beamArgs) {
  public SessionSettings {
    if (parallelism < 0) {
      throw new IllegalArgumentException("parallelism must be 0 (all cores) or more, got " + parallelism);
    }
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be 0 or more, got " + retries);
    }
    beamArgs = List.copyOf(beamArgs);
  }

  /** In-process settings: no cluster, no retries. */
  public SessionSettings(int parallelism, boolean enforceChecks, List<String> beamArgs) {
    this(parallelism, enforceChecks, null, 0, beamArgs);
  }

  /** The extra Beam flags, validated and viewed as {@code type}, with BeamFrame's storage defaults: where a profile starts its options. */
  public <T extends org.apache.beam.sdk.options.PipelineOptions> T beamOptions(Class<T> type) {
    return StorageOptions.withDefaults(org.apache.beam.sdk.options.PipelineOptionsFactory
        .fromArgs(beamArgs.toArray(new String[0]))
        .withValidation()
        .as(type), beamArgs);
  }

  /**
   * Where results come back through: {@code --tempLocation} (any Beam filesystem path, e.g.
   * {@code s3://bucket/tmp}), else this machine's temporary directory.
   */
  public String resultLocation() {
    String temp = beamOptions(org.apache.beam.sdk.options.PipelineOptions.class).getTempLocation();
    return temp != null ? temp : System.getProperty("java.io.tmpdir");
  }

  /** The parallelism to use: the configured one, or the number of available cores. */
  public int effectiveParallelism() {
    return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
  }
}
