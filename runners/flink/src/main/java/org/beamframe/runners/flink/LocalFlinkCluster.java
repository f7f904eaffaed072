package org.beamframe.runners.flink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A Flink 1.19 standalone session cluster on 127.0.0.1 made of separate JVMs (one JobManager, N
 * TaskManagers) started from the Maven-resolved Flink jars in {@code lib}. Its configuration, logs
 * and the PIDs of its processes live in {@code home}; it is stopped by those PIDs, and only
 * processes that are still the ones it started.
 */
public final class LocalFlinkCluster {
  private final Path home;
  private final Path lib;
  private final ClusterRecords records;
  private final FlinkProcessLauncher launcher;

  /**
   * The cluster whose files live in {@code home}; nothing is created or started until
   * {@link #start(int, int, int, int, int)}. Both paths are made absolute.
   *
   * @param home the cluster's directory: {@code conf/}, {@code log/}, {@code tmp/} and its records of PIDs and ports
   * @param lib the directory of Flink 1.19 jars its processes run from, e.g. {@link #defaultLib()}
   */
  public LocalFlinkCluster(Path home, Path lib) {
    this.home = home.toAbsolutePath();
    this.lib = lib.toAbsolutePath();
    this.records = new ClusterRecords(this.home);
    this.launcher = new FlinkProcessLauncher(this.home, this.lib);
  }

  /**
   * The Flink jars the build copies: {@code runners/flink-cluster/target/lib}, beside the CLI module.
   *
   * @return the directory, found relative to the bundled jar; it may not exist (then {@code start} says so)
   * @throws IllegalStateException if the bundled jar cannot be found
   */
  public static Path defaultLib() {
    return BundledJar.locate().getParent().getParent().getParent().resolve("flink-cluster").resolve("target")
        .resolve("lib");
  }

  /**
   * The cluster's directory.
   *
   * @return the absolute path of its home
   */
  public Path home() {
    return home;
  }

  /**
   * The REST address (dashboard) of a cluster started in this home.
   *
   * @return {@code 127.0.0.1:PORT}, with the REST port recorded at start
   * @throws java.io.UncheckedIOException if no ports are recorded in this home
   */
  public String restAddress() {
    return "127.0.0.1:" + records.port("rest");
  }

  /**
   * The PIDs of the processes this home's cluster started, by role (jobmanager, taskmanager-1, ...).
   *
   * @return the recorded PIDs in the order they were started; empty if none are recorded
   */
  public Map<String, Long> pids() {
    return records.pids();
  }

  /**
   * Starts the JobManager and {@code taskManagers} TaskManagers and waits until all have registered.
   * Writes the configuration to {@code home/conf}, records the ports and each process's PID, and
   * waits up to 90 s. If anything fails, the processes started so far are stopped.
   *
   * @param taskManagers how many TaskManager JVMs to start
   * @param slots task slots per TaskManager; the default parallelism is {@code taskManagers * slots}
   * @param restPort the REST API and dashboard port, e.g. 8081
   * @param rpcPort the JobManager's RPC port
   * @param blobPort the blob server's port
   * @throws IllegalStateException if a cluster is still recorded in this home, the Flink jars are not
   *     in {@code lib}, or the cluster did not start (the message points to the logs)
   */
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
      Files.writeString(home.resolve("conf/config.yaml"),
          FlinkClusterConfig.configYaml(home, taskManagers, slots, restPort, rpcPort, blobPort));
      Files.writeString(home.resolve("conf/log4j.properties"), FlinkClusterConfig.log4jProperties());
      records.writePorts(restPort, rpcPort, blobPort);
      records.addPid("jobmanager", launcher.jobManager("jobmanager").pid());
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

  /**
   * Starts one more TaskManager (e.g. to replace a lost one); returns its PID. Does not wait for it
   * to register (see {@link #awaitTaskManagers(int, Duration)}).
   *
   * @param role its name among this cluster's processes, e.g. {@code taskmanager-3}; it names its PID
   *     record and its logs, {@code log/ROLE.log} and {@code log/ROLE.out}
   * @return the PID of the new TaskManager's JVM
   * @throws IOException if Flink's memory settings cannot be computed or the JVM cannot be started
   */
  public long startTaskManager(String role) throws IOException {
    long pid = launcher.taskManager(role).pid();
    records.addPid(role, pid);
    return pid;
  }

  /**
   * The Flink resource ID of a TaskManager this cluster started, as its log states it (and REST shows it).
   *
   * @param role the TaskManager's role, e.g. {@code taskmanager-1}
   * @return the resource ID from its log
   * @throws IllegalStateException if its log does not state the ID yet
   */
  public String resourceId(String role) {
    String marker = "Starting TaskManager with ResourceID: ";
    return ClusterRecords.read(home.resolve("log/" + role + ".log")).stream()
        .filter(line -> line.contains(marker))
        .map(line -> line.substring(line.indexOf(marker) + marker.length()).trim())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(role + " has not logged its resource ID yet"));
  }

  /**
   * Waits until {@code count} TaskManagers are registered with the JobManager, asking its REST API every 300 ms.
   *
   * @param count the least number of registered TaskManagers to wait for
   * @param timeout how long to wait at most
   * @throws IllegalStateException if fewer have registered when the time is up (the message holds the
   *     last error, if any), or the thread is interrupted
   */
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

  /**
   * Stops every recorded process that is still one of this cluster's (see {@link #stop(Consumer)}),
   * discarding the notes on processes left alone.
   *
   * @return the roles of the processes stopped
   */
  public List<String> stop() {
    return stop(note -> {});
  }

  /**
   * Stops every recorded process by PID (SIGTERM, then SIGKILL after 15 s) that is still a Flink
   * process of this cluster, as its command line shows (main class and this home's config
   * directory); returns the roles stopped. A recorded PID that is gone, or now belongs to another
   * process, is left alone and told to {@code notes}. The records are removed either way.
   *
   * @param notes receives one line for each recorded process that was left alone, and why
   * @return the roles of the processes stopped, in the order they were started
   */
  public List<String> stop(Consumer<String> notes) {
    List<String> stopped = new ArrayList<>();
    pids().forEach((role, pid) -> {
      Optional<ProcessHandle> process = ProcessHandle.of(pid);
      if (process.isEmpty()) {
        notes.accept(role + ": PID " + pid + " is not running any more");
        return;
      }
      String commandLine = process.get().info().commandLine().orElse("");
      if (!startedHere(role, commandLine)) {
        notes.accept(role + ": PID " + pid + " is now another process (" + abbreviate(commandLine)
            + "), not this cluster's; left alone");
        return;
      }
      process.get().destroy();
      try {
        process.get().onExit().get(15, TimeUnit.SECONDS);
      } catch (Exception notYet) {
        process.get().destroyForcibly();
      }
      stopped.add(role);
    });
    records.forgetPids();
    return stopped;
  }

  private boolean startedHere(String role, String commandLine) {
    String mainClass = role.equals("jobmanager") ? FlinkProcessLauncher.ENTRYPOINT : FlinkProcessLauncher.TASK_MANAGER;
    return commandLine.contains(mainClass) && commandLine.contains(launcher.configDir().toString());
  }

  private static String abbreviate(String commandLine) {
    String shown = commandLine.isEmpty() ? "its command line cannot be read" : commandLine;
    return shown.length() > 80 ? shown.substring(0, 77) + "..." : shown;
  }

  /**
   * The REST overview of the running cluster, or empty if none is recorded in this home.
   *
   * @return the overview as JSON text (TaskManagers, slots, jobs), or empty if no PIDs are recorded
   * @throws FlinkUnreachableException if a cluster is recorded but its REST API does not answer
   */
  public Optional<String> status() {
    if (pids().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FlinkRest(restAddress()).overview().toString());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
