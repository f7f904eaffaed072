package org.beamframe.runners.flink;

import java.io.PrintWriter;
import java.util.List;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.beamframe.runners.RunnerProfile;
import org.beamframe.runners.SessionSettings;
import org.beamframe.runners.storage.StorageOptions;
import org.beamframe.storage.StoredPaths;
import org.beamframe.transforms.BeamFrameOptions;

/**
 * A Flink 1.19 cluster reached at its REST address: the bundled jar is staged with the job,
 * parallelism defaults to the cluster's slots, and a batch job is retried (from the start) when
 * a task or TaskManager fails.
 */
public final class FlinkProfile implements RunnerProfile {
  static final long RETRY_DELAY_MILLIS = 8_000;
  static final long BUNDLE_MILLIS = 600_000;

  /**
   * The command-line name of this profile.
   *
   * @return {@code "flink"}
   */
  @Override
  public String name() {
    return "flink";
  }

  /**
   * Shows the job's id and dashboard link while it runs on the cluster.
   *
   * @param settings the session's settings; their {@code master} is the cluster asked about its jobs
   * @param out where the dashboard link and the job's id are printed
   * @return the running {@link JobWatcher}, or a no-op without a {@code master}
   * @throws FlinkUnreachableException if the cluster's REST API does not answer
   */
  @Override
  public AutoCloseable watch(SessionSettings settings, PrintWriter out) {
    return settings.master() == null ? () -> {} : JobWatcher.watch(settings.master(), out);
  }

  /**
   * FlinkRunner options for the cluster at {@code settings.master()}. This asks the cluster's REST
   * API for its slots: the parallelism, unless the settings give one, is all of them. The bundled
   * jar is staged with the job, a failed job runs again up to {@code settings.retries()} times,
   * 8 s apart, and a bundle may last up to 10 minutes, so a worker's table of partial groups is not
   * handed on every second.
   *
   * @param settings the session's settings, with the cluster's REST address as {@code master}
   * @return new FlinkRunner options
   * @throws IllegalArgumentException if there is no {@code master}, or the cluster is not on this
   *     machine and {@code --tempLocation} is missing or local, so its workers could not hand results back
   * @throws FlinkUnreachableException if the cluster's REST API does not answer
   * @throws IllegalStateException if the bundled jar cannot be found (set {@code -Dbeamframe.jar=PATH})
   */
  @Override
  public PipelineOptions options(SessionSettings settings) {
    if (settings.master() == null) {
      throw new IllegalArgumentException("--runner=flink needs the cluster's REST address: --flink-master=HOST:PORT "
          + "(a local one: bin/beamframe cluster start, then --flink-master=127.0.0.1:8081)");
    }
    String host = settings.master().replaceFirst("^https?://", "").replaceFirst(":[0-9]+/?$", "");
    String temp = settings.beamOptions(PipelineOptions.class).getTempLocation();
    if (!StorageOptions.isThisHost(host) && (temp == null || StoredPaths.isLocal(temp))) {
      throw new IllegalArgumentException("the cluster at " + settings.master() + " is not on this machine, so its "
          + "workers cannot hand results back through " + (temp == null ? "this machine's temporary directory"
          : "the local path " + temp) + "; pass a temp location both reach, e.g. --tempLocation=s3://BUCKET/tmp");
    }
    FlinkRest rest = new FlinkRest(settings.master());
    int slots = rest.overview().path("slots-total").asInt(0);
    FlinkPipelineOptions options = settings.beamOptions(FlinkPipelineOptions.class);
    options.setRunner(FlinkRunner.class);
    // BeamFrame's coders are exact and its DoFns do not mutate their inputs, so Flink may skip defensive copies.
    options.setFasterCopy(true);
    options.setFlinkMaster(settings.master());
    options.setParallelism(settings.parallelism() > 0 ? settings.parallelism() : Math.max(1, slots));
    options.as(BeamFrameOptions.class).setWorkerParallelism(options.getParallelism());
    options.setFilesToStage(List.of(BundledJar.locate().toString()));
    // Beam's DataSet translation ignores the retry options; its DataStream translation (in batch
    // mode) turns them into the job's restart strategy.
    options.setUseDataStreamForBatch(true);
    options.setNumberOfExecutionRetries(settings.retries());
    // Long enough for the JobManager to notice a lost TaskManager, so a retry is not placed on it again.
    options.setExecutionRetryDelay(RETRY_DELAY_MILLIS);
    // A worker's table of partial groups lives for a bundle; Flink's streaming-style operators end
    // one every second by default. The table's own budget bounds its memory, so bundles may be long.
    options.setMaxBundleTimeMills(BUNDLE_MILLIS);
    return options;
  }
}
