package org.beamframe;

import static org.beamframe.expr.Expressions.col;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.exec.Executor;
import org.beamframe.exec.RunReport;
import org.beamframe.plan.JoinHow;
import org.beamframe.types.SortKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade's pandas names on testdata/query/shipments.csv, on the DirectRunner, against the
 * table pandas computed for the same groups (testdata/query/groupby_aggs.expected.csv, made by
 * testdata/reference/pandas_query_fixtures.py).
 */
class PandasSurfaceTest {
  private static final Path QUERY = Path.of("..", "testdata", "query");
  private static final Map<String, String> DTYPES = Map.of("id", "int64", "buyer", "object", "state", "object",
      "measure", "object", "units", "float64", "qty", "int64", "date", "object", "note", "object");

  @Test
  void groupSizesNuniqueStdAndVarAsPandas() throws IOException {
    DataFrame df = shipments();
    List<String> keys = List.of("state", "measure");
    assertColumn("n", df.groupby("state", "measure").size().compute().sortedBy(keys), "size");
    assertColumn("buyers", df.groupby("state", "measure").col("buyer").nunique().compute().sortedBy(keys), "buyer");
    assertColumn("sd", df.groupby("state", "measure").col("units").std().compute().sortedBy(keys), "units");
    assertColumn("v", df.groupby("state", "measure").col("units").var().compute().sortedBy(keys), "units");
  }

  @Test
  void queryAndEvalStringsAreTheJavaExpressions() {
    DataFrame df = shipments();
    LocalTable viaText = df.eval("value = units * qty").query("value > 1000 and state in ['PA', 'WV']").select("id", "value")
        .compute().sortedBy(List.of("id"));
    // Hand-computed: 8 (PA, 1000.25 x 7 = 7001.75) and 15 (WV, 500 x 9 = 4500); 5 (OH, 1200) is not in the list.
    assertEquals(List.of(List.of(8L, 7001.75), List.of(15L, 4500.0)), viaText.rows());
  }

  @Test
  void dropRenameDropnaFillnaAsPandas() throws IOException {
    assertTable("frame_ops", shipments().drop("note", "date").rename(Map.of("buyer", "customer")).dropna("customer")
        .fillna(Map.of("units", 0.0)).sortValues(SortKey.ascending("id")).compute());
  }

  @Test
  void topRowsValueCountsAndSortingAsPandas() throws IOException {
    assertTable("nlargest", shipments().nlargest(3, "units").select("id", "units").compute());
    assertTable("nsmallest", shipments().nsmallest(4, "units").select("id", "units").compute());
    assertTable("value_counts", shipments().col("buyer").valueCounts().compute());
    assertTable("sort_values", shipments().select("id", "state", "units")
        .sortValues(SortKey.ascending("state"), SortKey.descending("units"), SortKey.ascending("id")).compute());
  }

  @Test
  void headReadsOnlyTheRowsItNeeds(@TempDir Path dir) throws IOException {
    assertTable("head", shipments().select("id", "buyer", "units").head(5));
    // A bad record at the end: head(5) never reaches it, while a full run stops there.
    Path broken = dir.resolve("broken.csv");
    Files.writeString(broken, Files.readString(QUERY.resolve("shipments.csv")) + "17,X,OH,TAB,not a number,1,2014-05-01,\n");
    DataFrame df = BeamFrame.readCsv(broken.toString(), CsvReadOptions.defaults().withDtypes(DTYPES));
    assertTable("head", df.select("id", "buyer", "units").head(5));
    assertThrows(RuntimeException.class, () -> df.select("id", "buyer", "units").compute());
  }

  @Test
  void headAccountsForEveryRecordItRead(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(QUERY.resolve("shipments.csv"));
    List<String> withBadRecord = new java.util.ArrayList<>(lines.subList(0, 3));
    withBadRecord.add("a record,with too few fields");
    withBadRecord.addAll(lines.subList(3, lines.size()));
    Path file = Files.write(dir.resolve("bad.csv"), withBadRecord);
    LocalTable head = BeamFrame.readCsv(file.toString(), CsvReadOptions.defaults().withDtypes(DTYPES)
        .withOnBadLines(org.beamframe.csv.OnBadLines.SKIP)).query("units > 50").select("id").head(5);
    // Hand-counted: records 1, 2, the bad one, 3, 4 (units missing: filtered), 5, 6.
    assertEquals(List.of(List.of(1L), List.of(2L), List.of(3L), List.of(5L), List.of(6L)), head.rows());
    assertEquals(new RunReport(7, 5, 1, 0, 1, 0, 0), head.report().orElseThrow());
  }

  @Test
  void aSortedFrameIsSortedOnlyAsItsLastStep(@TempDir Path dir) throws IOException {
    DataFrame sorted = shipments().sortValues(SortKey.descending("units"), SortKey.ascending("id"));
    IllegalArgumentException dropped = assertThrows(IllegalArgumentException.class, () -> sorted.select("id"));
    assertEquals("select drops units, which this frame's result is sorted by; select before sort_values/nlargest, "
        + "or keep the column", dropped.getMessage());
    // A file of a sorted frame is written sorted (by the one worker that gathers it); shards are refused.
    Path file = dir.resolve("sorted.csv");
    sorted.select("id", "units").toCsv(file.toString(), false);
    assertEquals(List.of("id,units", "8,1000.25", "15,500.0"), Files.readAllLines(file).subList(0, 3));
    assertEquals(sorted.select("id", "units").compute().toCsv(), Files.readString(file));
    assertThrows(IllegalStateException.class, () -> sorted.toCsvShards(dir.resolve("shards").toString(), true));
    // The first rows, lazily, to a file: the same rows as head(n), written here.
    Path first = dir.resolve("first.csv");
    DataFrame rows = shipments().select("id", "buyer", "units");
    rows.limit(5).toCsv(first.toString(), false);
    assertEquals(rows.head(5).toCsv(), Files.readString(first));
    // A group-by's result goes to its file sorted by its keys. By hand from shipments.csv: rows 6 (no
    // state) and 7 (no measure) dropped; OH/TAB 3+1+4+3, PA/CAP 5+6+2, PA/TAB 2+7+2, WV/CAP 1, WV/TAB 3+1+9.
    Path grouped = dir.resolve("grouped.csv");
    shipments().groupby("state", "measure").agg(AggSpec.sum("qty")).toCsv(grouped.toString(), false);
    assertEquals(List.of("state,measure,qty", "OH,TAB,11", "PA,CAP,13", "PA,TAB,11", "WV,CAP,1", "WV,TAB,13"),
        Files.readAllLines(grouped));
    // Steps after the group-by run on each merged group, in key order: of those sums, the ones over 11, doubled.
    Path big = dir.resolve("big.csv");
    shipments().groupby("state", "measure").agg(AggSpec.sum("qty")).filter(col("qty").gt(11))
        .assign("twice", col("qty").mul(2)).toCsv(big.toString(), false);
    assertEquals(List.of("state,measure,qty,twice", "PA,CAP,13,26", "WV,TAB,13,26"), Files.readAllLines(big));
  }

  @Test
  void mergeBroadcastAndShuffledAndConcatAsPandas() throws IOException {
    DataFrame left = shipments().select("id", "buyer", "state");
    DataFrame buyers = BeamFrame.readCsv(QUERY.resolve("buyers.csv").toString(),
        CsvReadOptions.defaults().withDtypes(Map.of("buyer", "object", "chain", "object", "state", "object")));
    SortKey[] order = {SortKey.ascending("id"), SortKey.ascending("state_y")};
    DataFrame inner = left.merge(buyers, JoinHow.INNER, "buyer").sortValues(order);
    DataFrame outer = left.merge(buyers, JoinHow.LEFT, "buyer").sortValues(order);
    assertTrue(inner.explain().contains("right side broadcast"), inner.explain());
    assertTable("merge_inner", inner.compute());
    assertTable("merge_left", outer.compute());
    // As written (not optimized), the merge shuffles both sides.
    assertTrue(inner.explain(false).contains("(inner, shuffled)"), inner.explain(false));
    assertTable("merge_inner", inner.compute(Executor.current(), false));
    assertTable("merge_left", outer.compute(Executor.current(), false));
    DataFrame byState = shipments().select("id", "state");
    assertTable("concat", byState.query("state == 'OH'").concat(byState.query("state == 'WV'"))
        .sortValues(SortKey.ascending("id")).compute());
  }

  @Test
  void dropDuplicatesKeepsWholeRowsByFileOrderAsPandas() throws IOException {
    DataFrame df = shipments().select("id", "state", "measure", "units", "note");
    assertTable("drop_duplicates_first", df.dropDuplicates("state", "measure").compute());
    assertTable("drop_duplicates_last", df.dropDuplicates(Keep.LAST, "state", "measure").compute());
    assertTable("drop_duplicates_none", df.dropDuplicates(Keep.NONE, "state", "measure").compute());
    assertTable("drop_duplicates_all_columns", shipments().select("state", "measure", "units").dropDuplicates().compute());
    // keep=False needs no file order: after a concat it is still pandas' answer (each row twice: no row is unique).
    assertEquals(0, df.concat(df).dropDuplicates(Keep.NONE, "state", "measure").compute().rowCount());
    assertTable("drop_duplicates_none", df.dropDuplicates(Keep.NONE, "state", "measure", "state").compute());
    IllegalArgumentException afterConcat = assertThrows(IllegalArgumentException.class,
        () -> df.concat(df).dropDuplicates(Keep.LAST, "state"));
    assertTrue(afterConcat.getMessage().startsWith("drop_duplicates(keep=\"last\") keeps rows by file order, which "
        + "only a frame read from CSV files by row steps has, not this one (Concat"), afterConcat.getMessage());
    // A column named like the helper column does not clash with it.
    assertEquals(List.of("duplicates", "state"), shipments().assign("duplicates", col("qty")).select("duplicates", "state")
        .dropDuplicates(Keep.NONE, "state").columns());
  }

  @Test
  void rightOuterAndTwoNamedKeyMergesAsPandas() throws IOException {
    DataFrame left = shipments().select("id", "buyer", "state");
    DataFrame buyers = BeamFrame.readCsv(QUERY.resolve("buyers.csv").toString(),
        CsvReadOptions.defaults().withDtypes(Map.of("buyer", "object", "chain", "object", "state", "object")));
    SortKey[] order = {SortKey.ascending("buyer"), SortKey.ascending("state_y"), SortKey.ascending("id")};
    DataFrame right = left.merge(buyers, Merge.on("buyer").how(JoinHow.RIGHT)).sortValues(order);
    DataFrame outer = left.merge(buyers, JoinHow.OUTER, "buyer").sortValues(order);
    // A side whose unmatched rows are kept is never broadcast: both are shuffled, though buyers.csv is tiny.
    assertTrue(right.explain().contains("(right, shuffled)"), right.explain());
    assertTrue(outer.explain().contains("Merge on [buyer] (outer, shuffled)"), outer.explain());
    assertTable("merge_right", right.compute());
    assertTable("merge_outer", outer.compute());
    // Reading fewer columns of a side renames nothing: state_x stays state_x though the right's state is not read.
    SortKey[] byLeft = {SortKey.ascending("buyer"), SortKey.ascending("id")};
    DataFrame picked = left.merge(buyers, JoinHow.OUTER, "buyer").select("buyer", "id", "state_x").sortValues(byLeft);
    assertTrue(picked.explain().contains("buyers.csv (1 file) parses 1 of 3 columns"), picked.explain());
    List<Object> expected = left.merge(buyers, JoinHow.OUTER, "buyer").sortValues(byLeft).compute().column("state_x");
    assertEquals(expected, picked.compute().column("state_x"));
    assertEquals(expected, picked.compute(Executor.current(), false).column("state_x"));
    DataFrame named = left.merge(buyers.rename(Map.of("buyer", "name")),
        Merge.leftOn("buyer").rightOn("name").how(JoinHow.OUTER).suffixes("", "_of_buyer"));
    assertTrue(named.explain().contains("Merge [buyer] = [name], suffixes (, _of_buyer) (outer, shuffled)"),
        named.explain());
    assertTable("merge_left_on_right_on", named.sortValues(SortKey.ascending("name"),
        SortKey.ascending("state_of_buyer"), SortKey.ascending("id")).compute());
    IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
        () -> left.merge(buyers, Merge.on("buyer").suffixes("_s", "_s")));
    assertEquals("suffixes (\"_s\", \"_s\") are equal, so a name on both sides would clash; pass two different "
        + "suffixes, e.g. (\"_x\", \"_y\")", clash.getMessage());
    IllegalArgumentException noRight = assertThrows(IllegalArgumentException.class,
        () -> left.merge(buyers, Merge.leftOn("buyer")));
    assertEquals("left_on [buyer] needs right_on: Merge.leftOn(...).rightOn(...)", noRight.getMessage());
    IllegalArgumentException floatKey = assertThrows(IllegalArgumentException.class,
        () -> shipments().merge(shipments(), JoinHow.INNER, "units"));
    assertTrue(floatKey.getMessage().startsWith("cannot merge on float64 key units"), floatKey.getMessage());
  }

  @Test
  void missingKeysKeptAsAGroupAfterAConcatAsPandas() throws IOException {
    // After a concat the aggregation is not fused into a read: AggregateBy's path.
    assertTable("concat_groupby_keep_null", shipments().concat(shipments()).groupbyKeepingNullKeys("state", "measure")
        .agg(new AggSpec("n", AggFunction.SIZE, "qty"), AggSpec.sum("qty").as("pieces")).compute());
  }

  @Test
  void shardsWrittenInParallelReadBackAsTheSameRows(@TempDir Path dir) throws IOException {
    DataFrame rows = shipments().query("units > 50").select("id", "buyer", "units");
    String shards = dir.resolve("out").toString();
    RunReport report = rows.toCsvShards(shards, false);
    assertEquals(16, report.read());
    try (var files = Files.list(dir.resolve("out"))) {
      assertTrue(files.allMatch(file -> file.getFileName().toString().matches("part-\\d{5}-of-\\d{5}\\.csv")));
    }
    LocalTable back = BeamFrame.readCsv(shards + "/part-*",
        CsvReadOptions.defaults().withDtypes(Map.of("id", "int64", "buyer", "object", "units", "float64")))
        .sortValues(SortKey.ascending("id")).compute();
    assertEquals(rows.sortValues(SortKey.ascending("id")).compute().rows(), back.rows());
    assertThrows(IllegalArgumentException.class, () -> rows.toCsvShards(shards, false));
  }

  /** A file: URI is a local path, for outputs and the result's temp location as for inputs. */
  @Test
  void fileUrisAreLocalPaths(@TempDir Path dir) throws IOException {
    DataFrame rows = shipments().select("id", "units").sortValues(SortKey.ascending("id"));
    Executor viaFileUri = new Executor() {
      @Override
      public org.apache.beam.sdk.options.PipelineOptions pipelineOptions() {
        return Executor.current().pipelineOptions();
      }

      @Override
      public String resultLocation() {
        return "file://" + dir.resolve("results");
      }
    };
    String expected = rows.compute().toCsv();
    assertEquals(expected, rows.compute(viaFileUri).toCsv());
    rows.toCsv("file://" + dir.resolve("out.csv"), false, viaFileUri);
    assertEquals(expected, Files.readString(dir.resolve("out.csv")));
    assertEquals(expected, BeamFrame.readCsv("file://" + dir.resolve("out.csv"),
        CsvReadOptions.defaults().withDtypes(Map.of("id", "int64", "units", "float64"))).compute().toCsv());
    try (var left = Files.list(dir.resolve("results"))) {
      assertEquals(List.of(), left.toList(), "the result's directory is removed");
    }
    try (var files = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("out.csv"), dir.resolve("results")), files.sorted().toList());
    }
  }

  @Test
  void firstAndLastFollowFileOrderAcrossSplits() throws IOException {
    // 64-byte splits: the file's 16 records are read by many workers, in no particular order.
    DataFrame small = BeamFrame.readCsv(QUERY.resolve("shipments.csv").toString(),
        CsvReadOptions.defaults().withDtypes(DTYPES).withSplitBytes(64));
    assertTable("first_last", small.groupby("state").agg(new AggSpec("first_buyer", AggFunction.FIRST, "buyer"),
        new AggSpec("last_buyer", AggFunction.LAST, "buyer"), new AggSpec("first_units", AggFunction.FIRST, "units"),
        new AggSpec("last_units", AggFunction.LAST, "units")).compute());
    // After a concat the rows no longer know their file order: refused, not guessed.
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> small.concat(small)
        .groupby("state").agg(new AggSpec("f", AggFunction.FIRST, "buyer")).compute());
    assertTrue(refused.getMessage().startsWith("first and last need the rows' file order"), refused.getMessage());
  }

  @Test
  void aGlobalRowPositionIsRefusedWithTheAlternatives() {
    UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
        () -> shipments().iloc(3));
    assertTrue(refused.getMessage().contains("use head(n) for the first rows, nlargest(n, col)"), refused.getMessage());
  }

  private static DataFrame shipments() {
    return BeamFrame.readCsv(QUERY.resolve("shipments.csv").toString(), CsvReadOptions.defaults().withDtypes(DTYPES));
  }

  /** The fixture pandas wrote, row by row in its order: numbers exactly as doubles, text as is, missing as empty. */
  static void assertTable(String fixture, LocalTable table) throws IOException {
    List<CSVRecord> expected;
    try (Reader in = Files.newBufferedReader(QUERY.resolve(fixture + ".expected.csv"))) {
      expected = CSVFormat.RFC4180.parse(in).getRecords();
    }
    assertEquals(expected.get(0).toList(), table.columns(), fixture);
    assertEquals(expected.size() - 1, table.rowCount(), fixture + ": " + table);
    for (int row = 0; row < table.rowCount(); row++) {
      List<String> want = expected.get(row + 1).toList();
      for (int column = 0; column < want.size(); column++) {
        Object got = table.row(row).get(column);
        String where = fixture + " row " + row + " column " + expected.get(0).get(column) + ": " + table;
        if (got instanceof Number number) {
          assertEquals(Double.parseDouble(want.get(column)), number.doubleValue(), 0, where);
        } else {
          assertEquals(want.get(column), got == null ? "" : got, where);
        }
      }
    }
  }

  /** pandas' column {@code expected} of the fixture equals BeamFrame's column {@code actual}, group by group. */
  private static void assertColumn(String expected, LocalTable table, String actual) throws IOException {
    List<Object> want = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(QUERY.resolve("groupby_aggs.expected.csv"))) {
      for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
        String text = record.get(expected);
        want.add(text.isEmpty() ? null : Double.valueOf(text));
      }
    }
    List<Object> got = table.column(actual);
    assertEquals(want.size(), got.size(), expected);
    for (int i = 0; i < want.size(); i++) {
      if (want.get(i) == null || got.get(i) == null) {
        assertEquals(want.get(i), got.get(i), expected + " row " + i);
      } else {
        double w = (Double) want.get(i);
        assertEquals(w, ((Number) got.get(i)).doubleValue(), 1e-9 * Math.max(1, Math.abs(w)), expected + " row " + i);
      }
    }
  }
}
