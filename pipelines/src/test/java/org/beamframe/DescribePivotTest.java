package org.beamframe;

import static org.beamframe.PandasSurfaceTest.assertTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.beamframe.agg.AggFunction;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.exec.Executor;
import org.beamframe.exec.ResultLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * describe() and pivotTable() on testdata/query/shipments.csv and events.csv, on the DirectRunner,
 * against the tables pandas computed (testdata/query/*.expected.csv, made by
 * testdata/reference/pandas_describe_fixtures.py).
 */
class DescribePivotTest {
  private static final Path QUERY = Path.of("..", "testdata", "query");
  private static final Map<String, String> DTYPES = Map.of("id", "int64", "buyer", "object", "state", "object",
      "measure", "object", "units", "float64", "qty", "int64", "date", "object", "note", "object");
  private static final Map<String, String> EVENT_DTYPES = Map.of("id", "int64", "airport", "object",
      "reported", "object", "us_date", "object", "eu_date", "object", "temp", "float64", "Cost Total $", "float64",
      "qty", "int64", "factor", "float64");

  @Test
  void describeIsPandasTable() throws IOException {
    assertDescribed("describe", shipments().describe().compute());
    assertDescribed("describe_events", events().describe().compute());
    assertDescribed("describe_filtered", shipments().query("state == 'PA'").select("units", "qty").describe().compute());
    assertDescribed("describe_column", shipments().col("units").describe().compute());
  }

  @Test
  void describeAsWrittenAndWrittenToAFileGivesTheSameTable(@TempDir Path dir) throws IOException {
    assertDescribed("describe", shipments().describe().compute(Executor.current(), false));
    // Read in 64-byte splits, so many workers summarize parts of the file and their sketches merge.
    DataFrame split = BeamFrame.readCsv(QUERY.resolve("shipments.csv").toString(),
        CsvReadOptions.defaults().withDtypes(DTYPES).withSplitBytes(64));
    assertDescribed("describe", split.describe().compute());
    Path file = dir.resolve("described.csv");
    shipments().describe().toCsv(file.toString(), false);
    assertEquals(shipments().describe().compute().toCsv(), Files.readString(file));
  }

  @Test
  void describeTakesNumericColumnsOnly() {
    DataFrame text = shipments().select("buyer", "state");
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, text::describe);
    assertEquals("describe needs an int64 or float64 column; the columns are [buyer: object, state: object]; "
        + "convert one first (toNumeric, astype(\"float64\"))", none.getMessage());
    IllegalArgumentException notNumeric = assertThrows(IllegalArgumentException.class,
        () -> shipments().col("state").describe());
    assertEquals("describe: column state is object; describe takes int64 and float64 columns (convert it first, "
        + "e.g. toNumeric or astype(\"float64\"))", notNumeric.getMessage());
    // The statistics' order is the result's order: the statistic column cannot be dropped after.
    IllegalArgumentException dropped = assertThrows(IllegalArgumentException.class,
        () -> shipments().describe().select("units"));
    assertTrue(dropped.getMessage().startsWith("select drops statistic, which this frame's result is sorted by"),
        dropped.getMessage());
  }

  @Test
  void pivotTablesArePandasTables() throws IOException {
    DataFrame df = shipments();
    List<String> state = List.of("state");
    assertTable("pivot_sum", df.pivotTable(state, "measure", "units", AggFunction.SUM).compute());
    assertTable("pivot_count", df.pivotTable(state, "measure", "units", AggFunction.COUNT).compute());
    assertTable("pivot_size", df.pivotTable(state, "measure", "units", AggFunction.SIZE).compute());
    assertTable("pivot_mean_two_keys",
        df.pivotTable(List.of("state", "measure"), "qty", "units", AggFunction.MEAN).compute());
    assertTable("pivot_first_text", df.pivotTable(state, "measure", "buyer", AggFunction.FIRST).compute());
    DataFrame three = df.query("id in [3, 4, 12]");
    assertTable("pivot_mean_all_missing", three.pivotTable(state, "measure", "units", AggFunction.MEAN).compute());
    assertTable("pivot_sum_all_missing", three.pivotTable(state, "measure", "units", AggFunction.SUM).compute());
    List<String> airport = List.of("airport");
    assertTable("pivot_float_key", events().pivotTable(airport, "temp", "Cost Total $", AggFunction.MAX).compute());
    assertTable("pivot_int_key", events().pivotTable(airport, "qty", "factor", AggFunction.SUM).compute());
    assertNear("pivot_std", events().pivotTable(airport, "temp", "qty", AggFunction.STD).compute(), List.of());
  }

  @Test
  void aPivotAsWrittenOrWrittenToAFileIsTheSameTable(@TempDir Path dir) throws IOException {
    DataFrame sums = shipments().pivotTable(List.of("state"), "measure", "units", AggFunction.SUM);
    assertTable("pivot_sum", sums.compute(Executor.current(), false));
    DataFrame means = events().pivotTable(List.of("airport"), "temp", "Cost Total $", AggFunction.MAX);
    assertTable("pivot_float_key", means.compute(Executor.current(), false));
    // To a file: the group-by's sorted runs, merged in index order, with the cell steps run on each group.
    Path file = dir.resolve("pivot.csv");
    String plan = sums.explainToCsv(file.toString(), false);
    assertTrue(plan.contains("partial groups spilled as key-sorted runs, merged in key order"), plan);
    sums.toCsv(file.toString(), false);
    assertEquals(sums.compute().toCsv(), Files.readString(file));
  }

  @Test
  void pivotWithItsValuesGivenRunsNoJobAndKeepsAValueNoRowHas() throws IOException {
    // "XYZ" is no measure: its column is all missing; CAP and TAB as in pandas' table (the order given does not matter).
    DataFrame pivot = shipments().pivotTable(List.of("state"), "measure", "units", AggFunction.SUM,
        List.of("XYZ", "TAB", "CAP"));
    LocalTable table = pivot.compute();
    assertEquals(List.of("state", "CAP", "TAB", "XYZ"), table.columns());
    assertEquals(java.util.Arrays.asList(null, null, null), table.column("XYZ"));
    assertTable("pivot_sum", pivot.select("state", "CAP", "TAB").compute());
    // Java integers for an int64 key.
    assertEquals(List.of("state", "measure", "1", "9"), shipments().pivotTable(List.of("state", "measure"), "qty",
        "units", AggFunction.MEAN, List.of(9, 1)).columns());
    IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class, () -> shipments()
        .pivotTable(List.of("state"), "qty", "units", AggFunction.SUM, List.of("1")));
    assertEquals("pivot_table: value 1 (String) is not of column qty's dtype int64", wrongType.getMessage());
  }

  @Test
  void aPivotKeyWithMoreValuesThanTheLimitIsRefusedNamingCountAndLimit(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("region,code,amount\n");
    int values = DataFrame.PIVOT_COLUMNS_LIMIT + 1;
    for (int i = 0; i < values; i++) {
      csv.append(i % 2 == 0 ? "east" : "west").append(",c").append(i).append(",1.5\n");
    }
    Path file = Files.writeString(dir.resolve("wide.csv"), csv);
    DataFrame df = BeamFrame.readCsv(file.toString());
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> df.pivotTable(List.of("region"), "code", "amount", AggFunction.SUM));
    assertEquals("pivot_table: column code has 1001 distinct values, more than the limit of 1000 (each value becomes "
        + "a column); use groupby(region, code) instead, which has no limit on groups, or filter the rows to fewer "
        + "values of code first", refused.getMessage());
    // More values than compute() brings back (a result limit of 10 rows here) stop the first pass early.
    Executor tenRows = new Executor() {
      @Override
      public org.apache.beam.sdk.options.PipelineOptions pipelineOptions() {
        return Executor.current().pipelineOptions();
      }

      @Override
      public ResultLimits resultLimits() {
        return new ResultLimits(10, 1L << 20);
      }
    };
    IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
        () -> PivotKeyValues.find(df, List.of("region"), "code", "amount", AggFunction.SUM, 5, tenRows));
    assertEquals("pivot_table: column code has more than 10 distinct values, more than the limit of 5 (each value "
        + "becomes a column); use groupby(region, code) instead, which has no limit on groups, or filter the rows to "
        + "fewer values of code first", early.getMessage());
    // At the limit it is a table: 1,000 codes, one value each (1.5), in two regions.
    DataFrame fewer = df.filter(org.beamframe.expr.Expressions.col("code").ne("c1000"));
    LocalTable table = fewer.pivotTable(List.of("region"), "code", "amount", AggFunction.SUM).compute();
    assertEquals(List.of("east", "west"), table.column("region"));
    assertEquals(1 + DataFrame.PIVOT_COLUMNS_LIMIT, table.columns().size());
    assertEquals(1.5, table.get(0, "c0"));
    assertEquals(null, table.get(1, "c0"));
    assertEquals(1.5, table.get(1, "c999"));
  }

  @Test
  void pivotArgumentsAreCheckedBeforeAnyJob() {
    DataFrame df = shipments();
    IllegalArgumentException sameColumn = assertThrows(IllegalArgumentException.class,
        () -> df.pivotTable(List.of("state"), "state", "units", AggFunction.SUM));
    assertEquals("pivot_table: index [state], columns state and values units must be different columns",
        sameColumn.getMessage());
    IllegalArgumentException textSum = assertThrows(IllegalArgumentException.class,
        () -> df.pivotTable(List.of("state"), "measure", "buyer", AggFunction.SUM));
    assertEquals("cannot take sum of column buyer (object); sum needs int64, float64 or bool; convert it first "
        + "(e.g. toNumeric)", textSum.getMessage());
    IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
        () -> df.pivotTable(List.of("measure"), "state", "units", AggFunction.SUM, List.of("measure", "OH")));
    assertTrue(clash.getMessage().startsWith("pivot_table: value measure of column state would name a second column"),
        clash.getMessage());
  }

  private static DataFrame shipments() {
    return BeamFrame.readCsv(QUERY.resolve("shipments.csv").toString(), CsvReadOptions.defaults().withDtypes(DTYPES));
  }

  private static DataFrame events() {
    return BeamFrame.readCsv(QUERY.resolve("events.csv").toString(), CsvReadOptions.defaults().withDtypes(EVENT_DTYPES));
  }

  /**
   * pandas' describe: counts, min, quartiles and max exactly (the quartiles of these small columns are
   * exact); mean and std to 1e-12 relative, as pandas sums in another order (pairwise, two passes).
   */
  private static void assertDescribed(String fixture, LocalTable table) throws IOException {
    assertNear(fixture, table, List.of("mean", "std"));
  }

  /**
   * The fixture pandas wrote, row by row in its order: text and missing exactly, numbers exactly except
   * in rows whose first column is in {@code nearRows} (all rows when empty), there to 1e-12 relative.
   */
  private static void assertNear(String fixture, LocalTable table, List<String> nearRows) throws IOException {
    List<CSVRecord> expected;
    try (Reader in = Files.newBufferedReader(QUERY.resolve(fixture + ".expected.csv"))) {
      expected = CSVFormat.RFC4180.parse(in).getRecords();
    }
    assertEquals(expected.get(0).toList(), table.columns(), fixture);
    assertEquals(expected.size() - 1, table.rowCount(), fixture + ": " + table);
    for (int row = 0; row < table.rowCount(); row++) {
      List<String> want = expected.get(row + 1).toList();
      boolean near = nearRows.isEmpty() || nearRows.contains(want.get(0));
      for (int column = 0; column < want.size(); column++) {
        Object got = table.row(row).get(column);
        String where = fixture + " row " + row + " column " + expected.get(0).get(column) + ": " + table;
        if (got instanceof Number number) {
          double value = Double.parseDouble(want.get(column));
          assertEquals(value, number.doubleValue(), near ? 1e-12 * Math.abs(value) : 0, where);
        } else {
          assertEquals(want.get(column), got == null ? "" : got, where);
        }
      }
    }
  }
}
