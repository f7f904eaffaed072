package org.beamframe.runners.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a local cluster's home records of it: the PID of each process by role, and its ports. */
final class ClusterRecords {
  private final Path home;

  ClusterRecords(Path home) {
    this.home = home;
  }

  /** The PIDs of the processes started in this home, by role (jobmanager, taskmanager-1, ...). */
  Map<String, Long> pids() {
    Map<String, Long> pids = new LinkedHashMap<>();
    Path file = home.resolve("pids");
    if (Files.exists(file)) {
      for (String line : read(file)) {
        String[] parts = line.split(" ");
        pids.put(parts[0], Long.parseLong(parts[1]));
      }
    }
    return pids;
  }

  void addPid(String role, long pid) {
    try {
      Files.writeString(home.resolve("pids"), role + " " + pid + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record PID " + pid + " in " + home + ": " + e.getMessage(), e);
    }
  }

  void forgetPids() {
    try {
      Files.deleteIfExists(home.resolve("pids"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + home.resolve("pids") + ": " + e.getMessage(), e);
    }
  }

  void writePorts(int restPort, int rpcPort, int blobPort) throws IOException {
    Files.writeString(home.resolve("ports"), "rest " + restPort + "\nrpc " + rpcPort + "\nblob " + blobPort + "\n");
  }

  /** A recorded port by name (rest, rpc, blob). */
  String port(String name) {
    for (String line : read(home.resolve("ports"))) {
      String[] parts = line.split(" ");
      if (parts[0].equals(name)) {
        return parts[1];
      }
    }
    throw new IllegalStateException("no " + name + " port is recorded in " + home.resolve("ports"));
  }

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
