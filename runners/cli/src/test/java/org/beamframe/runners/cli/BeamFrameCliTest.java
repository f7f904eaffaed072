package org.beamframe.runners.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in this process, on the bundled fixtures; expected outputs come from testdata/. */
class BeamFrameCliTest {
  private static final Path TESTDATA = Path.of("..", "..", "testdata");

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BeamFrameCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void arcosPrintsTheHandComputedTableSortedByKeys() throws IOException {
    // --quiet: a slow machine would otherwise show a progress line after two seconds.
    Run run = run("arcos", "--input", TESTDATA.resolve("arcos-tiny.csv").toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(Files.readString(TESTDATA.resolve("arcos-tiny.expected-morphine.csv")), run.out());
    assertEquals("rows: 10 read = 9 used + 0 filtered + 1 with a missing group key + 0 rejected; 2 values coerced to null; "
        + "6 elements into the shuffle\n", run.err());
  }

  @Test
  void deadLetterModeKeepsGoingAndWritesTheBadRecord(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(TESTDATA.resolve("arcos-tiny.csv"));
    Path input = dir.resolve("one-bad.csv");
    Files.write(input, List.of(lines.get(0), lines.get(1), lines.get(6).replace(",2000.0,", ",2OOO,"), lines.get(2)));
    Path deadLetters = dir.resolve("rejected.csv");
    Run run = run("max-pills", "--input", input.toString(), "--dead-letter", deadLetters.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("500.0\n", run.out());
    assertEquals("rows: 3 read = 2 used + 0 filtered + 0 with a missing group key + 1 rejected; 0 values coerced to null; "
        + "1 elements into the shuffle\n", run.err());
    List<String> rejected = Files.readAllLines(deadLetters);
    assertEquals(2, rejected.size());
    assertTrue(rejected.get(1).startsWith(input + ",3,\"column DOSAGE_UNIT: cannot parse \"\"2OOO\"\" as float64;"),
        rejected.get(1));
  }

  @Test
  void arcosWritesTheSampleResultToAFile(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("county-year.csv");
    Run run = run("arcos", "--input", TESTDATA.resolve("arcos-sampl?.csv").toString(), "--output", output.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    List<String> expected = Files.readAllLines(TESTDATA.resolve("arcos-sample.expected-morphine.csv"));
    List<String> actual = Files.readAllLines(output);
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      int cut = expected.get(i).lastIndexOf(',');
      assertEquals(expected.get(i).substring(0, cut), actual.get(i).substring(0, actual.get(i).lastIndexOf(',')));
      if (i > 0) {
        double want = Double.parseDouble(expected.get(i).substring(cut + 1));
        double got = Double.parseDouble(actual.get(i).substring(actual.get(i).lastIndexOf(',') + 1));
        assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)), "line " + (i + 1));
      }
    }
    try (var files = Files.list(dir)) {
      assertEquals(List.of(output), files.toList(), "no temporary file is left beside the output");
    }
    // An existing output is refused unless --overwrite says to replace it.
    Files.writeString(output, "older\n");
    Run refused = run("arcos", "--input", TESTDATA.resolve("arcos-tiny.csv").toString(), "--quiet", "--output",
        output.toString());
    assertEquals(1, refused.exitCode());
    assertEquals("error: output " + output + " exists; choose another path or allow replacing it (overwrite=true, "
        + "--overwrite on the command line)\n", refused.err());
    assertEquals("older\n", Files.readString(output));
    Run replaced = run("arcos", "--input", TESTDATA.resolve("arcos-tiny.csv").toString(), "--quiet", "--output",
        output.toString(), "--overwrite");
    assertEquals(0, replaced.exitCode(), replaced.err());
    QueryFixturesTest.assertSameTable(Files.readString(TESTDATA.resolve("arcos-tiny.expected-morphine.csv")),
        Files.readString(output), "the replaced output");
  }

  @Test
  void aDirectoryOfPlainGzippedAndTabSeparatedPartsGivesTheTableOfTheirConcatenation(@TempDir Path dir)
      throws IOException {
    List<String> lines = Files.readAllLines(TESTDATA.resolve("arcos-tiny.csv"));
    Files.write(dir.resolve("part-1.csv"), lines.subList(0, 4));
    try (var out = new PrintWriter(new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("part-2.csv.gz"))))) {
      out.print(lines.get(0) + "\n" + String.join("\n", lines.subList(4, lines.size())) + "\n");
    }
    Run run = run("arcos", "--input", dir + "/part-*");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(Files.readString(TESTDATA.resolve("arcos-tiny.expected-morphine.csv")), run.out());
    Path tsv = dir.resolve("tiny.tsv");
    Files.write(tsv, Files.readAllLines(TESTDATA.resolve("arcos-tiny.csv")).stream().map(line -> toTabs(line)).toList());
    Run tabs = run("arcos", "--input", tsv.toString(), "--sep", "\\t");
    assertEquals(0, tabs.exitCode(), tabs.err());
    assertEquals(run.out(), tabs.out());
  }

  /** One line of the tiny fixture with tabs for separators (its quoted fields hold commas, no tabs). */
  private static String toTabs(String line) {
    try {
      return org.apache.commons.csv.CSVFormat.TDF.builder().setQuoteMode(org.apache.commons.csv.QuoteMode.MINIMAL).get()
          .format(org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(line)).getRecords().get(0).values());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void maxPillsPrintsTheLargestTabletShipment() throws IOException {
    Run run = run("max-pills", "--input", TESTDATA.resolve("arcos-tiny.csv").toString(), "--parallelism=1");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(Files.readString(TESTDATA.resolve("arcos-tiny.expected-max-pills.txt")), run.out());
  }

  @Test
  void readFlagsReachEveryCommandThatReadsCsv() throws IOException {
    String tiny = TESTDATA.resolve("arcos-tiny.csv").toString();
    // The first 4 rows (testdata/README.md): TAB 100.0 and 500.0, CAP 60.0, ML 9000.0: the largest TAB is 500.0.
    Run firstFour = run("max-pills", "--input", tiny, "--nrows", "4", "--quiet");
    assertEquals(0, firstFour.exitCode(), firstFour.err());
    assertEquals("500.0\n", firstFour.out());
    assertEquals("rows: 4 read = 2 used + 2 filtered + 0 with a missing group key + 0 rejected; 0 values coerced to "
        + "null; 1 elements into the shuffle\n", firstFour.err());
    // Only the five columns the course query needs: the same table.
    Run narrow = run("arcos", "--input", tiny, "--quiet", "--usecols",
        "BUYER_STATE,BUYER_COUNTY,TRANSACTION_DATE,CALC_BASE_WT_IN_GM,MME_Conversion_Factor");
    assertEquals(0, narrow.exitCode(), narrow.err());
    assertEquals(Files.readString(TESTDATA.resolve("arcos-tiny.expected-morphine.csv")), narrow.out());
    Run twoCharacters = run("query", "--input", tiny, "--quotechar", "ab");
    assertEquals(1, twoCharacters.exitCode());
    assertEquals("error: --quotechar must be one character, got \"ab\"\n", twoCharacters.err());
    Run utf16 = run("query", "--input", tiny, "--encoding", "utf-16");
    assertEquals(1, utf16.exitCode());
    assertTrue(utf16.err().startsWith("error: encoding \"utf-16\" is not supported: its characters take two or four "
        + "bytes"), utf16.err());
  }

  @Test
  void explainPrintsThePlansAndRunsNothing(@TempDir Path dir) throws IOException {
    Run run = run("arcos", "--input", TESTDATA.resolve("arcos-tiny.csv").toString(), "--explain");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err(), "no run, so no row summary");
    assertTrue(run.out().startsWith("logical plan:\nAggregate by [year, BUYER_STATE, BUYER_COUNTY]"), run.out());
    assertTrue(run.out().contains("optimized plan:\nAggregate by [year, BUYER_STATE, BUYER_COUNTY] "
        + "[morphine_equivalent_g=sum(morphine_equivalent_g)]\n"), run.out());
    assertTrue(run.out().contains("physical plan:\nCollect, sorted here by [year, BUYER_STATE, BUYER_COUNTY]\n"), run.out());
    assertTrue(run.out().contains("    PartialAggregate by [year, BUYER_STATE, BUYER_COUNTY] "
        + "[morphine_equivalent_g=sum(morphine_equivalent_g)], one table per worker (handed on early past its budget); a table past the "
        + "result's row limit stops the run\n"), run.out());
    assertTrue(run.out().contains("parses 5 of 42 columns\n      -> BUYER_STATE: object, BUYER_COUNTY: object, "
        + "TRANSACTION_DATE: float64, CALC_BASE_WT_IN_GM: float64, MME_Conversion_Factor: object\n"), run.out());
    // With --output the plan is the file's: the groups merged from each worker's sorted runs, no shuffle.
    Path file = dir.resolve("morphine.csv");
    Run toFile = run("arcos", "--input", TESTDATA.resolve("arcos-tiny.csv").toString(), "--explain", "--output",
        file.toString(), "--overwrite");
    assertEquals(0, toFile.exitCode(), toFile.err());
    assertTrue(toFile.out().contains("physical plan:\nWriteCsv " + file + " (overwrite) sorted by [year, BUYER_STATE, "
        + "BUYER_COUNTY]: each worker's partial groups spilled as key-sorted runs, merged in key order on one worker "
        + "into the file\n"), toFile.out());
    assertTrue(Files.notExists(file), "explained, not run");
    Path dot = dir.resolve("plan.dot");
    Run drawn = run("max-pills", "--input", TESTDATA.resolve("arcos-tiny.csv").toString(), "--visualize", dot.toString());
    assertEquals(0, drawn.exitCode(), drawn.err());
    assertEquals("wrote the plan to " + dot + "\n", drawn.out());
    assertTrue(Files.readString(dot).startsWith("digraph plan {"));
  }

  @Test
  void aResultTooLargeToPrintNamesOutputAndOutputWritesIt(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("ids.csv");
    StringBuilder text = new StringBuilder("id\n");
    for (int i = 0; i <= 100_000; i++) {
      text.append(i).append('\n');
    }
    Files.writeString(input, text);
    Run refused = run("query", "--input", input.toString(), "--quiet");
    assertEquals(1, refused.exitCode());
    assertEquals("error: the result has more than 100000 rows, too many to print here: write it to a file with "
        + "--output FILE, which the workers write\n", refused.err());
    Path output = dir.resolve("copy.csv");
    Run written = run("query", "--input", input.toString(), "--quiet", "--output", output.toString());
    assertEquals(0, written.exitCode(), written.err());
    List<String> lines = Files.readAllLines(output);
    assertEquals(100_002, lines.size());
    assertEquals(5_000_050_000L, lines.stream().skip(1).mapToLong(Long::parseLong).sum());
  }

  @Test
  void beamFlagsPassThroughAndTinyWorkerTablesGiveTheReferenceTable(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("county-year.csv");
    Run run = run("arcos", "--input", TESTDATA.resolve("arcos-sample.csv").toString(), "--quiet",
        "--partialGroupsBudget=3", "--output", output.toString());
    assertEquals(0, run.exitCode(), run.err());
    QueryFixturesTest.assertSameTable(Files.readString(TESTDATA.resolve("arcos-sample.expected-morphine.csv")),
        Files.readString(output), "arcos with worker tables of 3 groups");
    Run refused = run("arcos", "--input", TESTDATA.resolve("arcos-tiny.csv").toString(), "--partialGroupsBudget=0");
    assertEquals(1, refused.exitCode());
    assertEquals("error: --partialGroupsBudget must be at least 1, got 0\n", refused.err());
  }

  @Test
  void describeSummarizesTheRowsByItselfSoAnAggregationIsRefused() {
    Run refused = run("query", "--input", TESTDATA.resolve("query").resolve("shipments.csv").toString(), "--quiet",
        "--describe", "--agg", "n=size()");
    assertEquals(1, refused.exitCode());
    assertEquals("error: --describe summarizes the rows by itself; leave out --groupby and --agg\n", refused.err());
  }

  @Test
  void usageErrorsExitWithTwo() {
    Run missing = run("arcos");
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("Missing required option: '--input=GLOB'"), missing.err());
    assertEquals(2, run("no-such-command").exitCode());
  }

  @Test
  void dataErrorsExitWithOneAndNameTheProblem(@TempDir Path dir) throws IOException {
    Run noFiles = run("arcos", "--input", dir + "/*.csv");
    assertEquals(1, noFiles.exitCode());
    assertEquals("error: no files match \"" + dir + "/*.csv\"\n", noFiles.err());
    List<String> lines = Files.readAllLines(TESTDATA.resolve("arcos-tiny.csv"));
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, List.of(lines.get(0), lines.get(1).replace(",100.0,", ",1OO,")));
    Run badValue = run("max-pills", "--input", bad.toString());
    assertEquals(1, badValue.exitCode());
    assertEquals("error: " + bad + ":2: column DOSAGE_UNIT: cannot parse \"1OO\" as float64; fix the value, or "
        + "declare the column's dtype as object and convert it with toNumeric(..., Errors.COERCE)\n", badValue.err());
    Path events = TESTDATA.resolve("query").resolve("events.csv").toAbsolutePath().normalize();
    Run notIso = run("query", "--input", events.toString(), "--assign", "t = to_datetime(us_date)", "--quiet");
    assertEquals(1, notIso.exitCode());
    assertEquals("error: " + events + ":2: to_datetime(us_date, format='ISO8601'): cannot convert \"1/6/2006\": it is "
        + "not an ISO 8601 date-time such as 2012-01-31 or 2012-01-31T10:30:00; pass its format, e.g. "
        + "format='%m/%d/%Y' (or '%d/%m/%Y' if the day comes first): BeamFrame does not guess day/month orders, or "
        + "pass errors=coerce (Errors.COERCE) to turn such values into NaT\n", notIso.err());
    Run badAgg = run("query", "--input", events.toString(), "--groupby", "temp", "--agg", "cost=sum(Cost Total $");
    assertEquals(1, badAgg.exitCode(), badAgg.err());
    assertTrue(badAgg.err().contains("`total cost`=sum(`Cost Total $`)"), badAgg.err());
    Run keepAlone = run("query", "--input", events.toString(), "--keep", "last");
    assertEquals(1, keepAlone.exitCode());
    assertEquals("error: --keep last needs --drop-duplicates [COLS]\n", keepAlone.err());
    Run unknownRunner = run("arcos", "--input", bad.toString(), "--runner=spark");
    assertEquals(1, unknownRunner.exitCode());
    assertEquals("error: unknown runner \"spark\"; known runners are [direct, flink-local, flink]\n", unknownRunner.err());
  }

  @Test
  void generatedDataIsDeterministicPerSeedAndHasTheArcosHeader(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("a.csv");
    Path again = dir.resolve("b.csv");
    Path otherSeed = dir.resolve("c.csv");
    assertEquals(0, run("generate-arcos", "--rows", "500", "--seed", "7", "--out", first.toString()).exitCode());
    assertEquals(0, run("generate-arcos", "--rows", "500", "--seed", "7", "--out", again.toString()).exitCode());
    assertEquals(0, run("generate-arcos", "--rows", "500", "--seed", "8", "--out", otherSeed.toString()).exitCode());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again));
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(otherSeed)));
    List<String> lines = Files.readAllLines(first);
    assertEquals(501, lines.size());
    assertEquals(Files.readAllLines(TESTDATA.resolve("arcos-tiny.csv")).get(0), lines.get(0));
  }
}
