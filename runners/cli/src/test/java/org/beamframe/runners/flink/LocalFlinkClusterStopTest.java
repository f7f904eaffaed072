package org.beamframe.runners.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cluster stop} stops only processes it can identify as the ones it started: real processes
 * stand in for a recorded TaskManager, one whose PID now belongs to another program, and one gone.
 */
class LocalFlinkClusterStopTest {
  @TempDir Path home;

  @Test
  void stopsItsOwnProcessesAndLeavesStaleRecordsAlone() throws Exception {
    Path conf = Files.createDirectories(home.resolve("conf"));
    // Looks like this home's TaskManager: its command line names the main class and this config directory.
    Process ours = new ProcessBuilder("bash", "-c", "sleep 60; exit 0", FlinkProcessLauncher.TASK_MANAGER, "--configDir",
        conf.toString()).start();
    Process stranger = new ProcessBuilder("sleep", "60").start();
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor(10, TimeUnit.SECONDS);
    try {
      Files.writeString(home.resolve("pids"), "taskmanager-1 " + ours.pid() + "\ntaskmanager-2 " + stranger.pid()
          + "\njobmanager " + gone.pid() + "\n");
      List<String> notes = new ArrayList<>();
      List<String> stopped = new LocalFlinkCluster(home, home.resolve("lib")).stop(notes::add);

      assertEquals(List.of("taskmanager-1"), stopped);
      assertTrue(ours.waitFor(20, TimeUnit.SECONDS), "the cluster's own process is stopped");
      assertTrue(stranger.isAlive(), "another program with a recorded PID is left alone");
      assertEquals(2, notes.size(), notes.toString());
      // The command line starts with the executable's full path, which differs between systems.
      assertTrue(notes.get(0).matches("taskmanager-2: PID " + stranger.pid()
          + " is now another process \\((/\\S+/)?sleep 60\\), not this cluster's; left alone"), notes.get(0));
      assertEquals("jobmanager: PID " + gone.pid() + " is not running any more", notes.get(1));
      assertFalse(Files.exists(home.resolve("pids")), "the records are removed");
    } finally {
      ours.destroyForcibly();
      stranger.destroyForcibly();
    }
  }
}
