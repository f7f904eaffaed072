package org.beamframe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.beamframe.csv.CsvReadOptions;
import org.junit.jupiter.api.Test;

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
    DataFrame df = BeamFrame.readCsv(QUERY.resolve("shipments.csv").toString(), CsvReadOptions.defaults().withDtypes(DTYPES));
    List<String> keys = List.of("state", "measure");
    assertColumn("n", df.groupby("state", "measure").size().compute().sortedBy(keys), "size");
    assertColumn("buyers", df.groupby("state", "measure").col("buyer").nunique().compute().sortedBy(keys), "buyer");
    assertColumn("sd", df.groupby("state", "measure").col("units").std().compute().sortedBy(keys), "units");
    assertColumn("v", df.groupby("state", "measure").col("units").var().compute().sortedBy(keys), "units");
  }

  @Test
  void queryAndEvalStringsAreTheJavaExpressions() {
    DataFrame df = BeamFrame.readCsv(QUERY.resolve("shipments.csv").toString(), CsvReadOptions.defaults().withDtypes(DTYPES));
    LocalTable viaText = df.eval("value = units * qty").query("value > 1000 and state in ['PA', 'WV']").select("id", "value")
        .compute().sortedBy(List.of("id"));
    // Hand-computed: 8 (PA, 1000.25 x 7 = 7001.75) and 15 (WV, 500 x 9 = 4500); 5 (OH, 1200) is not in the list.
    assertEquals(List.of(List.of(8L, 7001.75), List.of(15L, 4500.0)), viaText.rows());
  }

  @Test
  void dropRenameDropnaFillnaAsPandas() throws IOException {
    DataFrame df = BeamFrame.readCsv(QUERY.resolve("shipments.csv").toString(), CsvReadOptions.defaults().withDtypes(DTYPES));
    LocalTable table = df.drop("note", "date").rename(Map.of("buyer", "customer")).dropna("customer")
        .fillna(Map.of("units", 0.0)).compute().sortedBy(List.of("id"));
    List<CSVRecord> expected;
    try (Reader in = Files.newBufferedReader(QUERY.resolve("frame_ops.expected.csv"))) {
      expected = CSVFormat.RFC4180.parse(in).getRecords();
    }
    assertEquals(expected.get(0).toList(), table.columns());
    assertEquals(expected.size() - 1, table.rowCount());
    for (int row = 0; row < table.rowCount(); row++) {
      List<String> want = expected.get(row + 1).toList();
      for (int column = 0; column < want.size(); column++) {
        Object got = table.row(row).get(column);
        if (got instanceof Number number) {
          assertEquals(Double.parseDouble(want.get(column)), number.doubleValue(), 0, "row " + row);
        } else {
          assertEquals(want.get(column), got == null ? "" : got, "row " + row + " column " + column);
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
