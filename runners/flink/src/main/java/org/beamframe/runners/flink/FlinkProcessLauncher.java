package org.beamframe.runners.flink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts one Flink process (JobManager or TaskManager) as its own JVM from the jars in {@code lib},
 * with the memory flags Flink's own scripts would compute, logging under {@code home/log}.
 */
final class FlinkProcessLauncher {
  static final String ENTRYPOINT = "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
  static final String TASK_MANAGER = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
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

  FlinkProcessLauncher(Path home, Path lib) {
    this.home = home;
    this.lib = lib;
  }

  /** The directory every process of this cluster reads its configuration from: how its command line names it. */
  Path configDir() {
    return home.resolve("conf");
  }

  /** Starts the JobManager. */
  Process jobManager(String role) throws IOException {
    return launch(role, ENTRYPOINT, "GET_JM_RESOURCE_PARAMS", List.of("--executionMode", "cluster"));
  }

  /** Starts a TaskManager. */
  Process taskManager(String role) throws IOException {
    return launch(role, TASK_MANAGER, "GET_TM_RESOURCE_PARAMS", List.of());
  }

  private Process launch(String role, String mainClass, String resourceQuery, List<String> arguments) throws IOException {
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
    command.add(configDir().toString());
    command.addAll(arguments);
    if (resources.size() > 1 && !resources.get(1).isBlank()) {
      command.addAll(Arrays.asList(resources.get(1).trim().split("\\s+")));
    }
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(home.resolve("log/" + role + ".out").toFile())
        .start();
  }

  /** Flink's own computation of the memory flags: a line of JVM options, then a line of -D options. */
  private List<String> resourceParams(String query) throws IOException {
    Process process = new ProcessBuilder(javaExecutable(), "-cp", lib + "/*", RESOURCES, query,
        "--configDir", configDir().toString())
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

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
