package org.beamframe.runners.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.beamframe.LocalTable;
import org.beamframe.examples.ArcosData;
import org.beamframe.examples.MorphineEquivalents;
import org.beamframe.exec.RunReport;
import org.beamframe.runners.Session;
import org.beamframe.runners.SessionSettings;
import org.beamframe.runners.generate.ArcosGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A TaskManager killed (SIGKILL, by PID) while the ARCOS job runs on it: with retries the job
 * restarts on the TaskManagers left and gives the clean run's table; without, it fails naming the
 * lost TaskManager. Three TaskManagers of one slot each, parallelism 2, so one is spare.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlinkFaultToleranceIT {
  /** Task states in which a TaskManager holds a task of the job. */
  private static final Set<String> ASSIGNED = Set.of("DEPLOYING", "INITIALIZING", "RUNNING");

  private LocalFlinkCluster cluster;
  private String input;
  private LocalTable clean;

  @BeforeAll
  void startClusterAndComputeACleanRun() throws IOException {
    Path home = Files.createTempDirectory("beamframe-flink-fault-");
    Path data = home.resolve("arcos.csv");
    try (Writer writer = Files.newBufferedWriter(data)) {
      // Large enough that the job outlasts a few polls of the REST API: reading got fast.
      new ArcosGenerator(11).write(1_500_000, writer);
    }
    input = data.toString();
    clean = MorphineEquivalents.byCountyYear(ArcosData.read(input)).compute(Session.direct());
    cluster = new LocalFlinkCluster(home, LocalFlinkCluster.defaultLib());
    cluster.start(3, 1, Ports.free(), Ports.free(), Ports.free());
  }

  @AfterAll
  void stopCluster() {
    Map<String, Long> pids = cluster.pids();
    cluster.stop();
    pids.values().forEach(pid -> assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "pid " + pid));
  }

  @Test
  @Order(1)
  void withRetriesTheJobSurvivesALostTaskManagerWithTheCleanResult() throws Exception {
    CompletableFuture<LocalTable> run = submit(3);
    killATaskManagerRunningTheJob();
    LocalTable survived = run.get();
    assertEquals(clean.rowCount(), survived.rowCount());
    for (int i = 0; i < clean.rowCount(); i++) {
      assertEquals(clean.row(i).subList(0, 3), survived.row(i).subList(0, 3));
      double want = (Double) clean.row(i).get(3);
      assertEquals(want, (Double) survived.row(i).get(3), 1e-12 * Math.max(1, Math.abs(want)), "row " + i);
    }
    // Every row accounted for as in the clean run; how many partial groups crossed the shuffle depends
    // on which worker read which splits, and the retry ran on one TaskManager fewer.
    assertEquals(rowAccounting(clean), rowAccounting(survived));
  }

  private static RunReport rowAccounting(LocalTable table) {
    RunReport report = table.report().orElseThrow();
    return new RunReport(report.read(), report.out(), report.filtered(), report.nullKey(), report.rejected(),
        report.coerced(), 0);
  }

  @Test
  @Order(2)
  void withoutRetriesTheJobFailsNamingTheLostTaskManager() throws Exception {
    CompletableFuture<LocalTable> run = submit(0);
    String lost = killATaskManagerRunningTheJob();
    ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, run::get);
    StringBuilder chain = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      chain.append(cause).append('\n');
    }
    assertTrue(chain.toString().contains(lost.substring(0, lost.indexOf('-'))), "lost " + lost + " in:\n" + chain);
  }

  private CompletableFuture<LocalTable> submit(int retries) {
    Session session = new Session(new FlinkProfile(),
        new SessionSettings(2, false, cluster.restAddress(), retries, List.of()));
    return CompletableFuture.supplyAsync(() -> MorphineEquivalents.byCountyYear(ArcosData.read(input)).compute(session));
  }

  /** Waits until the running job has tasks on a TaskManager, kills that TaskManager; returns its resource ID. */
  private String killATaskManagerRunningTheJob() throws InterruptedException {
    FlinkRest rest = new FlinkRest(cluster.restAddress());
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      for (JsonNode job : rest.get("/jobs/overview").path("jobs")) {
        if (!"RUNNING".equals(job.path("state").asText())) {
          continue;
        }
        Set<String> busy = new HashSet<>();
        for (JsonNode vertex : rest.get("/jobs/" + job.path("jid").asText()).path("vertices")) {
          JsonNode placed = rest.get("/jobs/" + job.path("jid").asText() + "/vertices/" + vertex.path("id").asText()
              + "/taskmanagers");
          placed.path("taskmanagers").forEach(tm -> {
            if (ASSIGNED.contains(tm.path("status").asText())) {
              busy.add(tm.path("taskmanager-id").asText());
            }
          });
        }
        for (Map.Entry<String, Long> process : cluster.pids().entrySet()) {
          if (process.getKey().startsWith("taskmanager") && ProcessHandle.of(process.getValue()).isPresent()
              && busy.contains(cluster.resourceId(process.getKey()))) {
            ProcessHandle.of(process.getValue()).ifPresent(ProcessHandle::destroyForcibly);
            return cluster.resourceId(process.getKey());
          }
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no job ran tasks on a TaskManager within 120 s");
  }
}
