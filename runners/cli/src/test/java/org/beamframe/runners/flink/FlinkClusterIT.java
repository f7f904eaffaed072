package org.beamframe.runners.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamframe.BeamFrame;
import org.beamframe.DataFrame;
import org.beamframe.LocalTable;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.examples.ArcosData;
import org.beamframe.examples.MaxPills;
import org.beamframe.examples.MorphineEquivalents;
import org.beamframe.plan.JoinHow;
import org.beamframe.runners.Session;
import org.beamframe.runners.SessionSettings;
import org.beamframe.runners.cli.BeamFrameCli;
import org.beamframe.runners.cli.QueryFixturesTest;
import org.beamframe.runners.storage.ArcosParts;
import org.beamframe.runners.storage.S3ProxyProcess;
import org.beamframe.types.SortKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.TestInstance;

/**
 * The same lazy pipelines on a real Flink 1.19 standalone cluster: one JobManager and two
 * TaskManagers, each its own JVM on 127.0.0.1, started from the build's Flink jars and stopped by
 * PID. Results must equal the DirectRunner's, and the cluster's REST API must show the jobs
 * FINISHED with tasks on both TaskManagers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlinkClusterIT {
  private static final String SAMPLE = Path.of("..", "..", "testdata", "arcos-sample.csv").toString();

  private LocalFlinkCluster cluster;
  private Session onCluster;
  private S3ProxyProcess s3;

  @BeforeAll
  void startCluster() throws IOException, InterruptedException {
    Path home = Files.createTempDirectory("beamframe-flink-it-");
    cluster = new LocalFlinkCluster(home, LocalFlinkCluster.defaultLib());
    cluster.start(2, 1, Ports.free(), Ports.free(), Ports.free());
    onCluster = new Session(new FlinkProfile(), new SessionSettings(0, false, cluster.restAddress(), 2, List.of()));
    s3 = S3ProxyProcess.start(Files.createDirectories(home.resolve("s3")));
    s3.createBucket("arcos");
    for (Path part : ArcosParts.writeTo(Files.createDirectories(home.resolve("parts")))) {
      s3.put("arcos", "shipments/" + part.getFileName(), part);
    }
  }

  @AfterAll
  void stopCluster() throws InterruptedException {
    var pids = cluster.pids().values();
    try {
      assertEquals(List.of("jobmanager", "taskmanager-1", "taskmanager-2"), cluster.stop());
      for (long pid : pids) {
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " still alive");
      }
    } finally {
      if (s3 != null) {
        s3.close();
      }
    }
  }

  @Test
  void arcosOnTheClusterEqualsTheDirectRunnerAndUsesBothTaskManagers() {
    FlinkRest rest = new FlinkRest(cluster.restAddress());
    Set<String> before = rest.jobIds();
    LocalTable flink = MorphineEquivalents.byCountyYear(ArcosData.read(SAMPLE)).compute(onCluster);
    LocalTable direct = MorphineEquivalents.byCountyYear(ArcosData.read(SAMPLE)).compute(Session.direct());
    assertEquals(direct.rowCount(), flink.rowCount());
    for (int i = 0; i < direct.rowCount(); i++) {
      assertEquals(direct.row(i).subList(0, 3), flink.row(i).subList(0, 3));
      double want = (Double) direct.row(i).get(3);
      assertEquals(want, (Double) flink.row(i).get(3), 1e-12 * Math.max(1, Math.abs(want)), "row " + i);
    }
    assertEquals(direct.report(), flink.report());
    assertRanOnBothTaskManagers(rest, before);
  }

  /** Worker tables flushed early and often on the cluster still give the independent reference's table. */
  @Test
  void tinyWorkerTablesOnTheClusterGiveTheReferenceTable() throws IOException {
    List<String> args = List.of("arcos", "--input", SAMPLE, "--quiet", "--runner=flink",
        "--flink-master=" + cluster.restAddress(), "--partialGroupsBudget=5");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BeamFrameCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    QueryFixturesTest.assertSameTable(
        Files.readString(Path.of("..", "..", "testdata", "arcos-sample.expected-morphine.csv")), out.toString(),
        "arcos with worker tables of 5 groups on the cluster");
  }

  /**
   * Issue #12's file path on the cluster: both TaskManagers spill their tables (5 groups each) as
   * key-sorted runs, one merges them into the file; it is the independent reference's table, in order.
   */
  @Test
  void aGroupByWrittenThroughSortedRunsOnTheClusterIsTheReferenceTable(@TempDir Path dir) throws IOException {
    FlinkRest rest = new FlinkRest(cluster.restAddress());
    Set<String> before = rest.jobIds();
    Path file = dir.resolve("morphine.csv");
    List<String> args = List.of("arcos", "--input", SAMPLE, "--quiet", "--runner=flink",
        "--flink-master=" + cluster.restAddress(), "--partialGroupsBudget=5", "--output", file.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BeamFrameCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    QueryFixturesTest.assertSameTable(
        Files.readString(Path.of("..", "..", "testdata", "arcos-sample.expected-morphine.csv")), Files.readString(file),
        "arcos to a file through sorted runs on the cluster");
    try (var left = Files.list(dir)) {
      assertEquals(List.of(file), left.toList(), "only the finished file: no runs, no temporary file");
    }
    assertRanOnBothTaskManagers(rest, before);
  }

  /**
   * Issue #13 on the cluster: the TaskManagers read a glob of S3 objects (gzipped, two-line fields
   * across 4 KiB splits, BOM + CRLF) with the AWS default chain of their own environment, and hand
   * the result back through --tempLocation on S3 (the server saw a TaskManager's upload of it
   * complete), and nothing is left in the temp location. --output to S3 writes the same table.
   */
  @Test
  void theArcosQueryOverS3ObjectsOnTheClusterIsTheReferenceWithoutTheClientsDisk() throws IOException {
    FlinkRest rest = new FlinkRest(cluster.restAddress());
    Set<String> before = rest.jobIds();
    List<String> flags = new ArrayList<>(s3.beamFlags());
    flags.add("--tempLocation=s3://arcos/tmp");
    Session s3Cluster = new Session(new FlinkProfile(), new SessionSettings(0, false, cluster.restAddress(), 2, flags));
    LocalTable table;
    try (Session session = Session.start(s3Cluster)) {
      table = MorphineEquivalents.byCountyYear(ArcosData.read("s3://arcos/shipments/part-*",
          CsvReadOptions.defaults().withSplitBytes(4096))).compute(session);
    }
    StringBuilder csv = new StringBuilder();
    table.writeCsv(csv);
    String expected = Files.readString(Path.of("..", "..", "testdata", "arcos-sample.expected-morphine.csv"));
    QueryFixturesTest.assertSameTable(expected, csv.toString(), "s3 objects on the cluster");
    assertEquals(3000, table.report().orElseThrow().read());
    assertTrue(s3.requests().stream().anyMatch(request -> request.matches(
        "POST /arcos/tmp/beamframe-result-[-0-9a-f]+/part\\.rows\\?uploadId=.*")),
        "a TaskManager completed the result's upload to S3");
    assertEquals(List.of(), s3.keys("arcos", "tmp/"), "no result object left in the temp location");
    assertRanOnBothTaskManagers(rest, before);

    List<String> args = new ArrayList<>(List.of("arcos", "--input", "s3://arcos/shipments/part-*", "--quiet",
        "--runner=flink", "--flink-master=" + cluster.restAddress(), "--output", "s3://arcos/cluster/morphine.csv"));
    args.addAll(flags);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BeamFrameCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    QueryFixturesTest.assertSameTable(expected, new String(s3.get("arcos", "cluster/morphine.csv"), StandardCharsets.UTF_8),
        "--output on s3 from the cluster");
    assertEquals(List.of("cluster/morphine.csv"), s3.keys("arcos", "cluster/"), "only the finished object");
  }

  @Test
  void maxPillsOnTheClusterEqualsTheDirectRunner() {
    FlinkRest rest = new FlinkRest(cluster.restAddress());
    Set<String> before = rest.jobIds();
    Object flink = MaxPills.largestTabletShipment(ArcosData.read(SAMPLE)).compute(onCluster);
    assertEquals(MaxPills.largestTabletShipment(ArcosData.read(SAMPLE)).compute(Session.direct()), flink);
    assertRanOnBothTaskManagers(rest, before);
  }

  /** Issue #7's representative subset on the cluster: the pandas-computed group-by aggregations fixture. */
  @Test
  void aQueryOnTheClusterGivesPandasTable() throws IOException {
    FlinkRest rest = new FlinkRest(cluster.restAddress());
    Set<String> before = rest.jobIds();
    Path query = Path.of("..", "..", "testdata", "query");
    List<String> args = new ArrayList<>(List.of("query", "--input", query.resolve("shipments.csv").toString(), "--quiet",
        "--runner=flink", "--flink-master=" + cluster.restAddress()));
    args.addAll(Files.readAllLines(query.resolve("groupby_aggs.args")).stream().filter(line -> !line.isEmpty()).toList());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BeamFrameCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    QueryFixturesTest.assertSameTable(Files.readString(query.resolve("groupby_aggs.expected.csv")), out.toString(),
        "groupby_aggs on the cluster");
    assertRanOnBothTaskManagers(rest, before);
  }

  /** Issue #15 on the cluster: float64 keys, ISO 8601 dates, drop_duplicates by file order, latin-1, nrows over a glob. */
  @Test
  void newPandasOperationsOnTheClusterGivePandasTables() throws IOException {
    Path query = Path.of("..", "..", "testdata", "query");
    for (String name : List.of("float_keys", "iso_dates", "drop_duplicates_last", "read_latin1", "read_glob_nrows")) {
      List<String> args = new ArrayList<>(List.of("query", "--quiet", "--runner=flink",
          "--flink-master=" + cluster.restAddress()));
      args.addAll(QueryFixturesTest.caseArgs(name));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = BeamFrameCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
      assertEquals(0, code, name + ": " + err);
      QueryFixturesTest.assertSameTable(Files.readString(query.resolve(name + ".expected.csv")), out.toString(),
          name + " on the cluster");
    }
  }

  /** Issue #7's shuffles on the cluster: a merge of both sides shuffled, top rows, kept null keys, first/last. */
  @Test
  void mergeTopRowsNullKeysAndFileOrderOnTheClusterEqualTheDirectRunner() {
    Path query = Path.of("..", "..", "testdata", "query");
    CsvReadOptions typed = CsvReadOptions.defaults().withDtypes(Map.of("units", "float64", "buyer", "object",
        "state", "object", "measure", "object")).withSplitBytes(64);
    DataFrame shipments = BeamFrame.readCsv(query.resolve("shipments.csv").toString(), typed);
    DataFrame buyers = BeamFrame.readCsv(query.resolve("buyers.csv").toString(),
        CsvReadOptions.defaults().withDtypes(Map.of("buyer", "object", "chain", "object", "state", "object")));
    DataFrame merged = shipments.select("id", "buyer", "state").merge(buyers, JoinHow.LEFT, "buyer")
        .sortValues(SortKey.ascending("id"), SortKey.ascending("state_y"));
    // As written, the merge shuffles both sides (optimized, the small right side would be broadcast).
    assertEquals(merged.compute(Session.direct()).rows(), merged.compute(onCluster, false).rows());
    List<DataFrame> frames = List.of(
        merged,
        shipments.nlargest(4, "units").select("id", "units"),
        shipments.select("id", "buyer", "state").merge(buyers, JoinHow.OUTER, "buyer")
            .sortValues(SortKey.ascending("buyer"), SortKey.ascending("state_y"), SortKey.ascending("id")),
        shipments.groupbyKeepingNullKeys("state", "measure").agg(AggSpec.sum("units").as("total")),
        shipments.groupby("state").agg(new AggSpec("f", AggFunction.FIRST, "buyer"),
            new AggSpec("l", AggFunction.LAST, "units")));
    for (DataFrame frame : frames) {
      assertEquals(frame.compute(Session.direct()).rows(), frame.compute(onCluster).rows(), frame.explain());
    }
  }

  @Test
  void anUnreachableMasterFailsWithTheAddressAndAHint() throws IOException {
    String nowhere = "127.0.0.1:" + Ports.free();
    Session session = new Session(new FlinkProfile(), new SessionSettings(0, false, nowhere, 0, List.of()));
    RuntimeException e = assertThrows(RuntimeException.class,
        () -> MaxPills.largestTabletShipment(ArcosData.read(SAMPLE)).compute(session));
    assertTrue(e.getMessage().startsWith("cannot reach the Flink cluster at " + nowhere), e.getMessage());
    assertTrue(e.getMessage().endsWith("start one with `bin/beamframe cluster start`, or pass the REST address of "
        + "yours as --flink-master=HOST:PORT"), e.getMessage());
  }

  /** The one job started since {@code before} FINISHED, and its subtasks ran on two TaskManagers. */
  private static void assertRanOnBothTaskManagers(FlinkRest rest, Set<String> before) {
    List<String> added = new ArrayList<>(rest.jobIds());
    added.removeAll(before);
    assertEquals(1, added.size(), "one new job on the cluster");
    JsonNode job = rest.get("/jobs/" + added.get(0));
    assertEquals("FINISHED", job.path("state").asText());
    Set<String> taskManagers = new HashSet<>();
    for (JsonNode vertex : job.path("vertices")) {
      JsonNode placed = rest.get("/jobs/" + added.get(0) + "/vertices/" + vertex.path("id").asText() + "/taskmanagers");
      placed.path("taskmanagers").forEach(tm -> taskManagers.add(tm.path("taskmanager-id").asText()));
    }
    assertEquals(2, taskManagers.size(), "TaskManagers that ran tasks: " + taskManagers);
  }
}
