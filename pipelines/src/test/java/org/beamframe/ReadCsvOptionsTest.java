package org.beamframe;

import static org.beamframe.PandasSurfaceTest.assertTable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.csv.OnBadLines;
import org.beamframe.exec.RunReport;
import org.beamframe.types.SortKey;
import org.junit.jupiter.api.Test;

/**
 * pandas' read_csv options through the Java API: the files and expected tables of
 * testdata/reference/pandas_read_csv_fixtures.py (the cases QueryFixturesTest runs through the
 * command line), read here in splits of a few bytes, so every file is read by many splits.
 */
class ReadCsvOptionsTest {
  private static final Path QUERY = Path.of("..", "testdata", "query");
  /** Splits of 7 bytes: every fixture file is cut into many, most of them inside a record. */
  private static final CsvReadOptions SMALL_SPLITS = CsvReadOptions.defaults().withSplitBytes(7);

  private static DataFrame read(String file, CsvReadOptions options) {
    return BeamFrame.readCsv(QUERY.resolve(file).toString(), options);
  }

  private static LocalTable byId(DataFrame frame) {
    return frame.sortValues(SortKey.ascending("id")).compute();
  }

  @Test
  void latin1AndCp1252FilesDecodeAcrossSplits() throws IOException {
    assertTable("read_latin1", byId(read("read_latin1.csv", SMALL_SPLITS.withEncoding("latin-1"))));
    assertTable("read_cp1252", byId(read("read_cp1252.csv", SMALL_SPLITS.withEncoding("Windows-1252"))));
  }

  @Test
  void anotherQuoteCharacterAcrossSplits() throws IOException {
    assertTable("read_quotechar", byId(read("read_quotechar.csv", SMALL_SPLITS.withQuoteChar('\''))));
  }

  @Test
  void headerlessFilesNumberedOrNamed() throws IOException {
    assertTable("read_no_header", read("read_headerless.csv", SMALL_SPLITS.withNoHeader())
        .sortValues(SortKey.ascending("0")).compute());
    assertTable("read_no_header_names", byId(read("read_headerless.csv",
        SMALL_SPLITS.withNoHeader().withNames(List.of("id", "state", "units"))).query("units > 1")));
    assertTable("read_names", byId(read("read_header.csv", SMALL_SPLITS.withNames(List.of("id", "state", "amount")))));
  }

  @Test
  void skippedLinesAndUsecols() throws IOException {
    assertTable("read_skiprows", byId(read("read_junk.csv", SMALL_SPLITS.withSkipRows(3))));
    DataFrame wide = read("read_wide.csv", SMALL_SPLITS.withUsecols(List.of("qty", "id", "state")));
    assertEquals(List.of("id", "state", "qty"), wide.schema().names(), "the files' order, as pandas");
    assertTable("read_usecols", byId(wide));
  }

  @Test
  void nrowsReadsTheFirstRowsOfTheFilesInOrder() throws IOException {
    LocalTable nrows = byId(read("shipments.csv", SMALL_SPLITS.withNrows(6)).query("qty > 2").select("id", "buyer", "qty"));
    assertTable("read_nrows", nrows);
    // Hand-counted: 6 rows read, 3 of them with qty > 2.
    assertEquals(new RunReport(6, 3, 3, 0, 0, 0, 0), nrows.report().orElseThrow());
    CsvReadOptions glob = SMALL_SPLITS.withSkipRows(1);
    assertTable("read_glob_nrows", byId(read("read_glob/part-*.csv", glob.withNrows(5))));
    // first and last follow the files' order through the one sequential read.
    LocalTable firstLast = read("read_glob/part-*.csv", glob.withNrows(7)).groupby("state").agg(
        new AggSpec("first_buyer", AggFunction.FIRST, "buyer"), new AggSpec("last_buyer", AggFunction.LAST, "buyer"),
        new AggSpec("n", AggFunction.SIZE, "buyer")).compute();
    assertTable("read_glob_first_last", firstLast);
    assertEquals(new RunReport(7, 7, 0, 0, 0, 0, 3), firstLast.report().orElseThrow());
  }

  @Test
  void everyOptionAtOnceInAGzipFileAndBadLinesSkipped() throws IOException {
    assertTable("read_combined", read("read_combined.csv.gz", SMALL_SPLITS.withEncoding("latin1").withQuoteChar('\'')
        .withSkipRows(2).withUsecols(List.of("qty", "Käufer")).withNrows(4))
        .sortValues(SortKey.descending("qty")).compute());
    LocalTable skipped = byId(read("read_bad_lines.csv", SMALL_SPLITS.withOnBadLines(OnBadLines.SKIP).withNrows(4)));
    assertTable("read_bad_lines", skipped);
    // Hand-counted: 4 good rows and the 2 bad lines among them.
    assertEquals(new RunReport(6, 4, 0, 0, 2, 0, 0), skipped.report().orElseThrow());
  }
}
