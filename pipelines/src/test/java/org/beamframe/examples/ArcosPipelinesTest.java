package org.beamframe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.beamframe.DataFrame;
import org.beamframe.LocalTable;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.csv.CsvRecordException;
import org.beamframe.exec.Executor;
import org.beamframe.exec.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course's two queries end to end on Beam's default runner, against results computed without
 * BeamFrame: by hand for the tiny fixture, by testdata/reference/arcos_reference.py for the sample.
 */
class ArcosPipelinesTest {
  private static final Path TESTDATA = Path.of("..", "testdata");

  @Test
  void tinyFixtureMatchesTheHandComputedTable() throws IOException {
    assertMatches(expected("arcos-tiny.expected-morphine.csv"),
        MorphineEquivalents.byCountyYear(ArcosData.read(input("arcos-tiny.csv"))).compute());
  }

  @Test
  void aGlobOfPlainAndGzippedPartsGivesTheTableOfTheirConcatenation(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(TESTDATA.resolve("arcos-tiny.csv"));
    Files.write(dir.resolve("part-1.csv"), lines.subList(0, 5));
    List<String> rest = new java.util.ArrayList<>(List.of(lines.get(0)));
    rest.addAll(lines.subList(5, lines.size()));
    try (var out = new java.io.PrintWriter(new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("part-2.csv.gz"))))) {
      rest.forEach(line -> out.print(line + "\n"));
    }
    LocalTable table = MorphineEquivalents.byCountyYear(ArcosData.read(dir + "/part-*")).compute();
    assertMatches(expected("arcos-tiny.expected-morphine.csv"), table);
    assertEquals(new RunReport(10, 9, 0, 1, 0, 2, 7), table.report().orElseThrow());
  }

  @Test
  void sampleMatchesTheIndependentReference() throws IOException {
    assertMatches(expected("arcos-sample.expected-morphine.csv"),
        MorphineEquivalents.byCountyYear(ArcosData.read(input("arcos-sample.csv"))).compute());
  }

  @Test
  void theFixturesGiveTheSameResultsWithoutTheOptimizer() throws IOException {
    DataFrame tiny = MorphineEquivalents.byCountyYear(ArcosData.read(input("arcos-tiny.csv")));
    assertMatches(expected("arcos-tiny.expected-morphine.csv"), tiny.compute(org.beamframe.exec.Executor.current(), false));
    DataFrame frame = MorphineEquivalents.byCountyYear(ArcosData.read(input("arcos-sample.csv")));
    LocalTable unoptimized = frame.compute(org.beamframe.exec.Executor.current(), false);
    assertMatches(expected("arcos-sample.expected-morphine.csv"), unoptimized);
    LocalTable optimized = frame.compute();
    assertEquals(optimized.rows(), unoptimized.rows());
    // Pre-aggregation: one partial per group (the sample is one split), not one element per row.
    assertEquals(2507, optimized.report().orElseThrow().shuffled());
    assertEquals(2915, unoptimized.report().orElseThrow().shuffled());
  }

  @Test
  void sampleReadInManySplitsGivesTheSameTable() throws IOException {
    DataFrame shipments = ArcosData.read(input("arcos-sample.csv"), CsvReadOptions.defaults().withSplitBytes(100_000));
    assertMatches(expected("arcos-sample.expected-morphine.csv"), MorphineEquivalents.byCountyYear(shipments).compute());
  }

  @Test
  void workerTablesFlushedEarlyAndOftenGiveTheSameTable() throws IOException {
    // 13 splits, and a worker table handed on at every 7th group: hundreds of early flushes (counted
    // exactly in AggregateCsvTest).
    DataFrame shipments = ArcosData.read(input("arcos-sample.csv"), CsvReadOptions.defaults().withSplitBytes(100_000));
    Executor tinyBudget = () -> PipelineOptionsFactory.fromArgs("--partialGroupsBudget=7").create();
    LocalTable table = MorphineEquivalents.byCountyYear(shipments).compute(tinyBudget);
    assertMatches(expected("arcos-sample.expected-morphine.csv"), table);
    // Tables of at most 7 groups: at least 2,915 / 7 partial tables, each group of them merged again.
    assertTrue(table.report().orElseThrow().shuffled() >= 2507, table.report().orElseThrow().summary());
  }

  @Test
  void maxPillsMatchesTheExpectedValues() throws IOException {
    assertEquals(expectedScalar("arcos-tiny.expected-max-pills.txt"),
        MaxPills.largestTabletShipment(ArcosData.read(input("arcos-tiny.csv"))).compute());
    assertEquals(expectedScalar("arcos-sample.expected-max-pills.txt"),
        MaxPills.largestTabletShipment(ArcosData.read(input("arcos-sample.csv"))).compute());
  }

  @Test
  void aBadDateFailsComputeWithTheValueAndTheFix(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(TESTDATA.resolve("arcos-tiny.csv"));
    Path file = dir.resolve("bad-date.csv");
    Files.write(file, List.of(lines.get(0), lines.get(1), lines.get(2).replace(",12152006,", ",13152006,")));
    DataFrame lazy = MorphineEquivalents.byCountyYear(ArcosData.read(file.toString()));
    RuntimeException e = assertThrows(RuntimeException.class, lazy::compute);
    // The read's row program refused the value: the error names the file and line it is on.
    assertEquals(file + ":3: to_datetime(TRANSACTION_DATE, format='%m%d%Y'): cannot convert 1.3152006E7: it does not "
        + "match the format '%m%d%Y'; fix the value or format, or pass errors=coerce (Errors.COERCE) to turn such "
        + "values into NaT", e.getMessage());
  }

  @Test
  void anUnparseableNumberFailsComputeWithFileLineColumnAndValue(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(TESTDATA.resolve("arcos-tiny.csv"));
    Path file = dir.resolve("bad-weight.csv");
    Files.write(file, List.of(lines.get(0), lines.get(1), lines.get(2).replace(",4.0,500.0,", ",4.O,500.0,")));
    CsvRecordException e = assertThrows(CsvRecordException.class,
        () -> MorphineEquivalents.byCountyYear(ArcosData.read(file.toString())).compute());
    assertEquals(file + ":3: column CALC_BASE_WT_IN_GM: cannot parse \"4.O\" as float64; fix the value, or declare "
        + "the column's dtype as object and convert it with toNumeric(..., Errors.COERCE)", e.getMessage());
  }

  private static String input(String name) {
    return TESTDATA.resolve(name).toString();
  }

  private static List<CSVRecord> expected(String name) throws IOException {
    try (Reader reader = Files.newBufferedReader(TESTDATA.resolve(name))) {
      return CSVFormat.RFC4180.parse(reader).getRecords();
    }
  }

  private static Double expectedScalar(String name) throws IOException {
    return Double.valueOf(Files.readString(TESTDATA.resolve(name)).strip());
  }

  /** Keys exactly, sums to 1e-9 relative: the reference sums exactly rounded (math.fsum), we compensate. */
  static void assertMatches(List<CSVRecord> expected, LocalTable actual) {
    assertEquals(expected.get(0).toList(), actual.columns());
    assertEquals(expected.size() - 1, actual.rowCount(), "row count");
    for (int i = 0; i < actual.rowCount(); i++) {
      CSVRecord want = expected.get(i + 1);
      List<Object> got = actual.row(i);
      assertEquals(Long.valueOf(want.get(0)), got.get(0), "year in row " + i);
      assertEquals(want.get(1), got.get(1), "BUYER_STATE in row " + i);
      assertEquals(want.get(2), got.get(2), "BUYER_COUNTY in row " + i);
      double wantSum = Double.parseDouble(want.get(3));
      assertEquals(wantSum, (Double) got.get(3), 1e-9 * Math.max(1, Math.abs(wantSum)), "sum in row " + i);
    }
  }
}
