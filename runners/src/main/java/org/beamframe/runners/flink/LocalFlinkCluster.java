package org.beamframe.runners.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Flink 1.19 standalone session cluster on 127.0.0.1 made of separate JVMs (one JobManager, N
 * TaskManagers) started from the Maven-resolved Flink jars in {@code lib}. Its configuration, logs
 * and the PIDs of its processes live in {@code home}; it is stopped by those PIDs.
 */
public final class LocalFlinkCluster {
  private static final String ENTRYPOINT = "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
  private static final String TASK_MANAGER = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
  private static final String RESOURCES = "org.apache.flink.runtime.util.bash.BashJavaUtils";
  private static final String RESULT_PREFIX = "BASH_JAVA_UTILS_EXEC_RESULT:";
  /** What Flink's own scripts pass on Java 17 so its serializers can reach JDK internals. */
  private static final List<String> JAVA_17_OPENS = List.of(
      "--add-exports=java.base/sun.net.util=ALL-UNNAMED", "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
      "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.text=ALL-UNNAMED", "--add-opens=java.base/java.time=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

  private final Path home;
  private final Path lib;

  public LocalFlinkCluster(Path home, Path lib) {
    this.home = home.toAbsolutePath();
    this.lib = lib.toAbsolutePath();
  }

  /** The Flink jars next to the bundled jar's build: {@code runners/flink-cluster/target/lib}. */
  public static Path defaultLib() {
    return BundledJar.locate().getParent().getParent().resolve("flink-cluster").resolve("target").resolve("lib");
  }

  public Path home() {
    return home;
  }

  /** The REST address (dashboard) of a cluster started in this home. */
  public String restAddress() {
    return "127.0.0.1:" + readPorts().get("rest");
  }

  /** The PIDs of the processes this home's cluster started, by role (jobmanager, taskmanager-1, ...). */
  public Map<String, Long> pids() {
    Path file = home.resolve("pids");
    Map<String, Long> pids = new LinkedHashMap<>();
    if (Files.exists(file)) {
      for (String line : read(file)) {
        String[] parts = line.split(" ");
        pids.put(parts[0], Long.parseLong(parts[1]));
      }
    }
    return pids;
  }

  /** Starts the JobManager and {@code taskManagers} TaskManagers and waits until all have registered. */
  public void start(int taskManagers, int slots, int restPort, int rpcPort, int blobPort) {
    if (!pids().isEmpty()) {
      throw new IllegalStateException("a cluster started in " + home + " is still recorded (PIDs " + pids().values()
          + "); stop it first with `bin/beamframe cluster stop`");
    }
    if (!Files.isDirectory(lib)) {
      throw new IllegalStateException("the Flink jars are not in " + lib + "; build them with `mvn -B -DskipTests package`");
    }
    try {
      Files.createDirectories(home.resolve("conf"));
      Files.createDirectories(home.resolve("log"));
      Files.createDirectories(home.resolve("tmp"));
      Files.writeString(home.resolve("conf/config.yaml"), config(taskManagers, slots, restPort, rpcPort, blobPort));
      Files.writeString(home.resolve("conf/log4j.properties"), LOG4J);
      Files.writeString(home.resolve("ports"), "rest " + restPort + "\nrpc " + rpcPort + "\nblob " + blobPort + "\n");
      launch("jobmanager", ENTRYPOINT, "GET_JM_RESOURCE_PARAMS", List.of("--executionMode", "cluster"));
      for (int i = 1; i <= taskManagers; i++) {
        startTaskManager("taskmanager-" + i);
      }
      awaitTaskManagers(taskManagers, Duration.ofSeconds(90));
    } catch (IOException | RuntimeException e) {
      stop();
      throw new IllegalStateException("the Flink cluster in " + home + " did not start: " + e.getMessage()
          + "; see the logs in " + home.resolve("log"), e);
    }
  }

  /** Starts one more TaskManager (e.g. to replace a lost one); returns its PID. */
  public long startTaskManager(String role) throws IOException {
    return launch(role, TASK_MANAGER, "GET_TM_RESOURCE_PARAMS", List.of());
  }

  /** The Flink resource ID of a TaskManager this cluster started, as its log states it (and REST shows it). */
  public String resourceId(String role) {
    String marker = "Starting TaskManager with ResourceID: ";
    return read(home.resolve("log/" + role + ".log")).stream()
        .filter(line -> line.contains(marker))
        .map(line -> line.substring(line.indexOf(marker) + marker.length()).trim())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(role + " has not logged its resource ID yet"));
  }

  /** Waits until {@code count} TaskManagers are registered with the JobManager. */
  public void awaitTaskManagers(int count, Duration timeout) {
    FlinkRest rest = new FlinkRest(restAddress());
    Instant deadline = Instant.now().plus(timeout);
    RuntimeException last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        if (rest.overview().path("taskmanagers").asInt() >= count) {
          return;
        }
      } catch (RuntimeException notYet) {
        last = notYet;
      }
      sleep(300);
    }
    throw new IllegalStateException(count + " TaskManagers did not register within " + timeout.toSeconds() + " s"
        + (last == null ? "" : " (" + last.getMessage() + ")"));
  }

  /** Stops every recorded process by PID (SIGTERM, then SIGKILL after 15 s); returns the roles stopped. */
  public List<String> stop() {
    List<String> stopped = new ArrayList<>();
    pids().forEach((role, pid) -> ProcessHandle.of(pid).ifPresent(process -> {
      process.destroy();
      try {
        process.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception notYet) {
        process.destroyForcibly();
      }
      stopped.add(role);
    }));
    try {
      Files.deleteIfExists(home.resolve("pids"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stopped;
  }

  /** The REST overview of the running cluster, or empty if none is recorded in this home. */
  public Optional<String> status() {
    if (pids().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FlinkRest(restAddress()).overview().toString());
  }

  private long launch(String role, String mainClass, String resourceQuery, List<String> arguments) throws IOException {
    List<String> resources = resourceParams(resourceQuery);
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.addAll(Arrays.asList(resources.get(0).trim().split("\\s+")));
    command.addAll(JAVA_17_OPENS);
    command.add("-Dlog.file=" + home.resolve("log/" + role + ".log"));
    command.add("-Dlog4j.configurationFile=" + home.resolve("conf/log4j.properties").toUri());
    command.add("-cp");
    command.add(lib + "/*");
    command.add(mainClass);
    command.add("--configDir");
    command.add(home.resolve("conf").toString());
    command.addAll(arguments);
    if (resources.size() > 1 && !resources.get(1).isBlank()) {
      command.addAll(Arrays.asList(resources.get(1).trim().split("\\s+")));
    }
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(home.resolve("log/" + role + ".out").toFile())
        .start();
    Files.writeString(home.resolve("pids"), role + " " + process.pid() + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    return process.pid();
  }

  /** Flink's own computation of the memory flags: a line of JVM options, then a line of -D options. */
  private List<String> resourceParams(String query) throws IOException {
    Process process = new ProcessBuilder(javaExecutable(), "-cp", lib + "/*", RESOURCES, query,
        "--configDir", home.resolve("conf").toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    List<String> results = output.lines().filter(line -> line.startsWith(RESULT_PREFIX))
        .map(line -> line.substring(RESULT_PREFIX.length())).toList();
    if (results.isEmpty()) {
      throw new IOException("Flink's " + query + " printed no result: " + output.strip());
    }
    return results;
  }

  private Map<String, String> readPorts() {
    Map<String, String> ports = new LinkedHashMap<>();
    for (String line : read(home.resolve("ports"))) {
      String[] parts = line.split(" ");
      ports.put(parts[0], parts[1]);
    }
    return ports;
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private String config(int taskManagers, int slots, int restPort, int rpcPort, int blobPort) {
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

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
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
