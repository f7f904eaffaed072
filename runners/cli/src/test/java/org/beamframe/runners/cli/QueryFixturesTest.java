package org.beamframe.runners.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of testdata/reference/pandas_query_fixtures.py: `beamframe query` with the case's
 * arguments on the DirectRunner gives the table pandas computed (committed as
 * testdata/query/CASE.expected.csv). Numbers compare to 1e-9 relative (pandas writes 7.0 where
 * BeamFrame's int64 writes 7); everything else, missing values included, compares as text.
 */
public class QueryFixturesTest {
  private static final Path QUERY = Path.of("..", "..", "testdata", "query");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(QUERY)) {
      List<String> names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".args"))
          .map(name -> name.substring(0, name.length() - ".args".length())).sorted().toList();
      assertTrue(names.size() >= 9, "fixture cases: " + names);
      return names.stream();
    }
  }

  /** Issue #7: the course's query written with `query` flags gives the `arcos` command's table. */
  @Test
  void theArcosQueryAsFlagsGivesTheArcosTable() throws IOException {
    String[] args = {"query", "--input", Path.of("..", "..", "testdata", "arcos-sample.csv").toString(), "--quiet",
        "--dtype", "TRANSACTION_DATE=float64", "--dtype", "MME_Conversion_Factor=object",
        "--dtype", "CALC_BASE_WT_IN_GM=float64",
        "--assign", "year = to_datetime(TRANSACTION_DATE, format='%m%d%Y').dt.year",
        "--assign", "MME_Conversion_Factor = to_numeric(MME_Conversion_Factor, errors='coerce')",
        "--assign", "morphine_equivalent_g = CALC_BASE_WT_IN_GM * MME_Conversion_Factor",
        "--select", "year,morphine_equivalent_g,BUYER_STATE,BUYER_COUNTY",
        "--groupby", "year,BUYER_STATE,BUYER_COUNTY", "--agg", "morphine_equivalent_g=sum(morphine_equivalent_g)"};
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, BeamFrameCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
    assertSameTable(Files.readString(Path.of("..", "..", "testdata", "arcos-sample.expected-morphine.csv")), out.toString(),
        "arcos as query");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void queryGivesPandasTable(String name) throws IOException {
    List<String> args = new ArrayList<>(List.of("query", "--quiet"));
    args.addAll(caseArgs(name));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BeamFrameCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, name + ": " + err);
    assertSameTable(Files.readString(QUERY.resolve(name + ".expected.csv")), out.toString(), name);
  }

  /**
   * Issue #12: a group-by written with --output goes from the workers to the file through key-sorted
   * runs; with a budget of one group every row is a run of its own, and the file is still pandas'.
   */
  @Test
  void aGroupByWrittenThroughARunPerRowIsPandasFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("groups.csv");
    List<String> args = new ArrayList<>(List.of("query", "--input", QUERY.resolve("shipments.csv").toString(), "--quiet",
        "--output", file.toString(), "--partialGroupsBudget=1"));
    args.addAll(Files.readAllLines(QUERY.resolve("groupby_aggs.args")).stream().filter(line -> !line.isEmpty()).toList());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, BeamFrameCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true)),
        err.toString());
    assertSameTable(Files.readString(QUERY.resolve("groupby_aggs.expected.csv")), Files.readString(file),
        "groupby_aggs to a file");
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(file), left.toList(), "only the finished file: no runs, no temporary file");
    }
  }

  /** A case's `query` arguments, its input file first (shipments.csv unless the case names another). */
  public static List<String> caseArgs(String name) throws IOException {
    List<String> caseArgs = Files.readAllLines(QUERY.resolve(name + ".args")).stream().filter(line -> !line.isEmpty())
        .toList();
    List<String> args = new ArrayList<>();
    if (caseArgs.get(0).equals("--input")) {
      // A case on another file than shipments.csv names it, relative to testdata/query.
      args.addAll(List.of("--input", QUERY.resolve(caseArgs.get(1)).toString()));
      args.addAll(caseArgs.subList(2, caseArgs.size()));
    } else {
      args.addAll(List.of("--input", QUERY.resolve("shipments.csv").toString()));
      args.addAll(caseArgs);
    }
    return args;
  }

  /** Equal headers and rows; numbers to 1e-9 relative, other cells as text. */
  public static void assertSameTable(String expected, String actual, String name) throws IOException {
    List<CSVRecord> want = CSVFormat.RFC4180.parse(new StringReader(expected)).getRecords();
    List<CSVRecord> got = CSVFormat.RFC4180.parse(new StringReader(actual)).getRecords();
    assertEquals(want.get(0).toList(), got.get(0).toList(), name + ": header");
    assertEquals(want.size(), got.size(), name + ": rows\n" + actual);
    for (int row = 1; row < want.size(); row++) {
      for (int column = 0; column < want.get(row).size(); column++) {
        String a = want.get(row).get(column);
        String b = got.get(row).get(column);
        String where = name + ": row " + row + ", column " + want.get(0).get(column) + "\n" + actual;
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
          assertTrue(Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x)), where + ": " + a + " vs " + b);
        } else {
          assertEquals(a, b, where);
        }
      }
    }
  }

  private static Double number(String text) {
    try {
      return text.isEmpty() ? null : Double.valueOf(text);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
