package org.beamframe.runners.flink;

import java.nio.file.Path;

/** The configuration files of a local Flink cluster: its {@code config.yaml} and its log4j set-up. Everything on 127.0.0.1. */
final class FlinkClusterConfig {
  private FlinkClusterConfig() {}

  /** {@code config.yaml} for {@code taskManagers} TaskManagers of {@code slots} slots each, with its files under {@code home}. */
  static String configYaml(Path home, int taskManagers, int slots, int restPort, int rpcPort, int blobPort) {
    return String.join("\n",
        "jobmanager.rpc.address: 127.0.0.1",
        "jobmanager.rpc.port: " + rpcPort,
        "jobmanager.bind-host: 127.0.0.1",
        "jobmanager.memory.process.size: 1024m",
        "taskmanager.bind-host: 127.0.0.1",
        "taskmanager.host: 127.0.0.1",
        "taskmanager.memory.process.size: 1536m",
        "taskmanager.numberOfTaskSlots: " + slots,
        // Beam sets the parallelism of sources only; Flink's adaptive batch scheduler sizes every other
        // step by its input's bytes at 16 MiB a slot. A read's input is a few KB of split
        // descriptions, so all splits were read in one slot ("decided to be 1" in the JobManager's
        // log). A KB a slot, up to every slot, spreads them.
        "execution.batch.adaptive.auto-parallelism.avg-data-volume-per-task: 1k",
        "execution.batch.adaptive.auto-parallelism.max-parallelism: " + taskManagers * slots,
        "parallelism.default: " + taskManagers * slots,
        "rest.address: 127.0.0.1",
        "rest.bind-address: 127.0.0.1",
        "rest.port: " + restPort,
        "blob.server.port: " + blobPort,
        "io.tmp.dirs: " + home.resolve("tmp"),
        // A lost TaskManager is noticed in seconds, not Flink's default 50.
        // A retry reruns the whole batch job, so it never waits for results on a lost TaskManager.
        "jobmanager.execution.failover-strategy: full",
        "heartbeat.interval: 1000",
        "heartbeat.timeout: 6000",
        "");
  }

  /** Every process logs to the file its {@code log.file} system property names. */
  static String log4jProperties() {
    return LOG4J;
  }

  private static final String LOG4J = String.join("\n",
      "rootLogger.level = INFO",
      "rootLogger.appenderRef.file.ref = MainAppender",
      "appender.main.name = MainAppender",
      "appender.main.type = File",
      "appender.main.fileName = ${sys:log.file}",
      "appender.main.layout.type = PatternLayout",
      "appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n",
      "");
}
