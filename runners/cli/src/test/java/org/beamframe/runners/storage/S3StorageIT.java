package org.beamframe.runners.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.beamframe.DataFrame;
import org.beamframe.LocalTable;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.examples.ArcosData;
import org.beamframe.examples.MorphineEquivalents;
import org.beamframe.runners.Runners;
import org.beamframe.runners.Session;
import org.beamframe.runners.SessionSettings;
import org.beamframe.runners.cli.BeamFrameCli;
import org.beamframe.runners.cli.QueryFixturesTest;
import org.beamframe.runners.flink.Ports;
import org.beamframe.runners.generate.ArcosGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13 on DirectRunner: every path through Beam's FileSystems, against a real S3 API server
 * (S3Proxy in its own JVM on 127.0.0.1), with credentials from the AWS default chain (the
 * environment the build sets) and Beam's own --awsRegion and --endpoint flags.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3StorageIT {
  private static final String BUCKET = "arcos";
  private static final String GLOB = "s3://" + BUCKET + "/shipments/part-*";
  private static final Path EXPECTED = Path.of("..", "..", "testdata", "arcos-sample.expected-morphine.csv");
  /** Splits of 4 KiB: the two-line fields of part-2 cross many split boundaries. */
  private static final CsvReadOptions SMALL_SPLITS = CsvReadOptions.defaults().withSplitBytes(4096);

  private S3ProxyProcess s3;
  private Path home;
  private Path local;

  @BeforeAll
  void startS3() throws IOException, InterruptedException {
    home = Files.createTempDirectory("beamframe-s3-it-");
    s3 = S3ProxyProcess.start(home);
    s3.createBucket(BUCKET);
    local = Files.createDirectories(home.resolve("local"));
    for (Path part : ArcosParts.writeTo(local)) {
      s3.put(BUCKET, "shipments/" + part.getFileName(), part);
    }
  }

  @AfterAll
  void stopS3() throws InterruptedException, IOException {
    long pid = s3.pid();
    s3.close();
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "S3Proxy " + pid + " still alive");
    try (Stream<Path> files = Files.walk(home)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private Session session(String... flags) {
    List<String> beamArgs = new ArrayList<>(s3.beamFlags());
    beamArgs.addAll(List.of(flags));
    return new Session(Runners.named("direct"), new SessionSettings(0, false, beamArgs));
  }

  private static DataFrame morphine(String input) {
    return MorphineEquivalents.byCountyYear(ArcosData.read(input, SMALL_SPLITS));
  }

  private static String csv(LocalTable table) {
    StringBuilder out = new StringBuilder();
    table.writeCsv(out);
    return out.toString();
  }

  /** The ARCOS query over a glob of objects (gzipped, two-line fields across splits, BOM + CRLF) is the query over local copies. */
  @Test
  void theArcosQueryOverAGlobOfObjectsIsTheQueryOverLocalCopies() throws IOException {
    try (Session session = Session.start(session())) {
      DataFrame fromS3 = morphine(GLOB);
      assertTrue(fromS3.toString().contains(GLOB + " (3 files) in "), fromS3.toString());
      int splits = Integer.parseInt(fromS3.toString().replaceAll("(?s).*\\(3 files\\) in (\\d+) splits.*", "$1"));
      assertTrue(splits > 100, "the plain objects are read in ranged splits of 4 KiB, not whole: " + splits);
      LocalTable s3Table = fromS3.compute(session);
      LocalTable localTable = morphine(local + "/part-*").compute(session);
      QueryFixturesTest.assertSameTable(csv(localTable), csv(s3Table), "s3 objects against local copies");
      QueryFixturesTest.assertSameTable(Files.readString(EXPECTED), csv(s3Table), "s3 objects against the sample's reference");
      var fromLocal = localTable.report().orElseThrow();
      var fromObjects = s3Table.report().orElseThrow();
      assertEquals(3000, fromObjects.read());
      assertEquals(List.of(fromLocal.read(), fromLocal.out(), fromLocal.filtered(), fromLocal.rejected()),
          List.of(fromObjects.read(), fromObjects.out(), fromObjects.filtered(), fromObjects.rejected()));
    }
  }

  /** compute() hands its result back through --tempLocation on S3 (the server saw it written), and removes it after. */
  @Test
  void resultsComeBackThroughATempLocationOnS3AndAreRemoved() throws IOException {
    try (Session session = Session.start(session("--tempLocation=s3://" + BUCKET + "/tmp"))) {
      assertEquals("s3://" + BUCKET + "/tmp", session.resultLocation());
      QueryFixturesTest.assertSameTable(Files.readString(EXPECTED), csv(morphine(GLOB).compute(session)),
          "handed back through s3");
    }
    assertTrue(s3.requests().stream().anyMatch(request -> request.matches("POST /" + BUCKET
        + "/tmp/beamframe-result-[-0-9a-f]+/part\\.rows\\?uploadId=.*")), "the result's upload to S3 completed");
    assertEquals(List.of(), s3.keys(BUCKET, "tmp/"), "no result objects are left behind");
  }

  /** --output s3://... and toCsvShards to s3:// write what the same writes to local paths write. */
  @Test
  void outputsOnS3AreTheLocalOutputs(@TempDir Path dir) throws IOException {
    // Worker tables of 50 groups: well over 32 runs on S3, merged in passes.
    List<String> args = new ArrayList<>(List.of("arcos", "--input", GLOB, "--quiet", "--partialGroupsBudget=50",
        "--output", "s3://" + BUCKET + "/results/morphine.csv"));
    args.addAll(s3.beamFlags());
    Cli toS3 = cli(args);
    assertEquals(0, toS3.code(), toS3.err());
    Path localFile = dir.resolve("morphine.csv");
    Cli toLocal = cli(List.of("arcos", "--input", local + "/part-*", "--quiet", "--output", localFile.toString()));
    assertEquals(0, toLocal.code(), toLocal.err());
    String written = new String(s3.get(BUCKET, "results/morphine.csv"), StandardCharsets.UTF_8);
    QueryFixturesTest.assertSameTable(Files.readString(localFile), written, "--output on s3 against a local --output");
    QueryFixturesTest.assertSameTable(Files.readString(EXPECTED), written, "--output on s3 against the reference");
    assertEquals(List.of("results/morphine.csv"), s3.keys(BUCKET, "results/"), "only the finished object");
    assertEquals(List.of(), s3.keys(BUCKET, "results/.morphine.csv"), "no temporary or scratch objects");

    // An existing object is refused unless --overwrite says to replace it.
    Cli again = cli(args);
    assertEquals(1, again.code());
    assertEquals("error: output s3://" + BUCKET + "/results/morphine.csv exists; choose another path or allow replacing "
        + "it (overwrite=true, --overwrite on the command line)\n", again.err());
    args.add("--overwrite");
    assertEquals(0, cli(args).code());

    // Shards: every row of the local shards, and only those, in the shards on S3.
    try (Session session = Session.start(session())) {
      DataFrame rows = ArcosData.read(GLOB, SMALL_SPLITS).select("BUYER_STATE", "BUYER_COUNTY", "TRANSACTION_ID");
      rows.toCsvShards("s3://" + BUCKET + "/shards", false, session);
      ArcosData.read(local + "/part-*", SMALL_SPLITS).select("BUYER_STATE", "BUYER_COUNTY", "TRANSACTION_ID")
          .toCsvShards(dir.resolve("shards").toString(), false, session);
    }
    List<String> shardKeys = s3.keys(BUCKET, "shards/");
    assertFalse(shardKeys.isEmpty());
    assertTrue(shardKeys.stream().allMatch(key -> key.matches("shards/part-\\d{5}-of-\\d{5}\\.csv")), shardKeys.toString());
    List<String> fromS3 = new ArrayList<>();
    for (String key : shardKeys) {
      List<String> lines = new String(s3.get(BUCKET, key), StandardCharsets.UTF_8).lines().toList();
      assertEquals("BUYER_STATE,BUYER_COUNTY,TRANSACTION_ID", lines.get(0), key);
      fromS3.addAll(lines.subList(1, lines.size()));
    }
    List<String> fromLocal = new ArrayList<>();
    try (Stream<Path> shards = Files.list(dir.resolve("shards"))) {
      for (Path shard : shards.toList()) {
        List<String> lines = Files.readAllLines(shard);
        fromLocal.addAll(lines.subList(1, lines.size()));
      }
    }
    fromS3.sort(null);
    fromLocal.sort(null);
    assertEquals(3000, fromLocal.size());
    assertEquals(fromLocal, fromS3);
  }

  /** A bad record of an object goes to a dead-letter object, named by its s3:// path and line. */
  @Test
  void deadLettersGoToS3() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "..", "testdata", "arcos-tiny.csv"));
    s3.put(BUCKET, "one-bad/shipments.csv", String.join("\n", lines.get(0), lines.get(1),
        lines.get(6).replace(",2000.0,", ",2OOO,"), lines.get(2)).concat("\n").getBytes(StandardCharsets.UTF_8));
    List<String> args = new ArrayList<>(List.of("max-pills", "--input", "s3://" + BUCKET + "/one-bad/shipments.csv",
        "--dead-letter", "s3://" + BUCKET + "/dead-letters/rejected.csv", "--quiet"));
    args.addAll(s3.beamFlags());
    Cli run = cli(args);
    assertEquals(0, run.code(), run.err());
    assertEquals("500.0\n", run.out());
    List<String> rejected = new String(s3.get(BUCKET, "dead-letters/rejected.csv"), StandardCharsets.UTF_8).lines().toList();
    assertEquals(2, rejected.size());
    assertTrue(rejected.get(1).startsWith("s3://" + BUCKET + "/one-bad/shipments.csv,3,\"column DOSAGE_UNIT: cannot parse "
        + "\"\"2OOO\"\" as float64;"), rejected.get(1));
  }

  @Test
  void aMissingBucketOrObjectSaysWhichWithTheServersMessage() {
    try (Session session = Session.start(session())) {
      IllegalArgumentException bucket = assertThrows(IllegalArgumentException.class,
          () -> ArcosData.read("s3://no-such-bucket/shipments.csv"));
      assertTrue(bucket.getMessage().startsWith("cannot read \"s3://no-such-bucket/shipments.csv\": "), bucket.getMessage());
      assertTrue(bucket.getMessage().contains("The specified bucket does not exist"), bucket.getMessage());
      System.out.println("no such bucket: " + bucket.getMessage());

      IllegalArgumentException glob = assertThrows(IllegalArgumentException.class,
          () -> ArcosData.read("s3://" + BUCKET + "/shipments/nothing-*.csv"));
      assertEquals("no files match \"s3://" + BUCKET + "/shipments/nothing-*.csv\"", glob.getMessage());

      IllegalArgumentException object = assertThrows(IllegalArgumentException.class,
          () -> ArcosData.read("s3://" + BUCKET + "/shipments/part-9.csv"));
      assertEquals("input file \"s3://" + BUCKET + "/shipments/part-9.csv\" does not exist", object.getMessage());

      IllegalArgumentException directory = assertThrows(IllegalArgumentException.class,
          () -> ArcosData.read("s3://" + BUCKET + "/shipments"));
      assertEquals("input \"s3://" + BUCKET + "/shipments\" is a directory; read the files in it with a glob, e.g. "
          + "\"s3://" + BUCKET + "/shipments/*.csv\"", directory.getMessage());
    }
  }

  @Test
  void wrongCredentialsFailWithThePathAndTheServersMessage() {
    try (Session session = Session.start(session("--awsCredentialsProvider={\"@type\":\"StaticCredentialsProvider\","
        + "\"accessKeyId\":\"not-the-key\",\"secretAccessKey\":\"not-the-secret\"}"))) {
      RuntimeException denied = assertThrows(RuntimeException.class, () -> ArcosData.read(GLOB));
      assertTrue(denied.getMessage().startsWith("cannot list \"" + GLOB + "\": "), denied.getMessage());
      assertTrue(denied.getMessage().contains("Status Code: 403"), denied.getMessage());
      System.out.println("wrong credentials: " + denied.getMessage());
    }
  }

  @Test
  void anUnreachableEndpointFailsInSecondsNamingIt() throws IOException {
    int closed = Ports.free();
    List<String> flags = List.of("--awsRegion=us-east-1", "--endpoint=http://127.0.0.1:" + closed);
    try (Session session = Session.start(new Session(Runners.named("direct"), new SessionSettings(0, false, flags)))) {
      long start = System.nanoTime();
      RuntimeException unreachable = assertThrows(RuntimeException.class, () -> ArcosData.read(GLOB));
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      assertTrue(unreachable.getMessage().startsWith("cannot list \"" + GLOB + "\": "), unreachable.getMessage());
      assertTrue(unreachable.getMessage().contains("127.0.0.1:" + closed), unreachable.getMessage());
      assertTrue(seconds < 30, "refused connections are not retried for long: " + seconds + " s");
      System.out.println("unreachable endpoint reported after " + seconds + " s: " + unreachable.getMessage());
      assertFalse(unreachable.getMessage().contains("Exception:"), "no wrapper class names: " + unreachable.getMessage());
    }
  }

  /**
   * The command line killed (SIGKILL, by PID) while it writes a group-by of 400,000 groups to S3
   * (once the server has seen the output's upload begin under its temporary name) leaves no object
   * under the output's name.
   */
  @Test
  void aRunKilledWhileWritingLeavesNoCompleteLookingOutput(@TempDir Path dir) throws IOException, InterruptedException {
    Path big = dir.resolve("big.csv");
    try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      new ArcosGenerator(13).write(400_000, out);
    }
    s3.put(BUCKET, "big/shipments.csv", big);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", System.getProperty("beamframe.jar"), "query", "--input", "s3://" + BUCKET + "/big/shipments.csv",
        "--quiet", "--dtype", "TRANSACTION_DATE=float64", "--dtype", "MME_Conversion_Factor=object",
        "--dtype", "TRANSACTION_ID=int64", "--groupby", "TRANSACTION_ID", "--agg", "n=size()",
        "--output", "s3://" + BUCKET + "/killed/ids.csv"));
    command.addAll(s3.beamFlags());
    Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile())
        .start();
    String upload = "/" + BUCKET + "/killed/.ids.csv.in-progress-";
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (run.isAlive() && s3.requests().stream().noneMatch(request -> request.contains(upload))
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    boolean wasWriting = run.isAlive();
    ProcessHandle.of(run.pid()).ifPresent(ProcessHandle::destroyForcibly);
    assertTrue(run.waitFor(20, TimeUnit.SECONDS));
    assertTrue(wasWriting, "the run was writing its output when killed: " + Files.readString(dir.resolve("run.log")));
    assertTrue(s3.requests().stream().anyMatch(request -> request.contains(upload)));
    assertFalse(s3.keys(BUCKET, "killed/").contains("killed/ids.csv"), s3.keys(BUCKET, "killed/").toString());
  }

  private record Cli(int code, String out, String err) {}

  private static Cli cli(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BeamFrameCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }
}
