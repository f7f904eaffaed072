package org.beamframe.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.beamframe.BeamFrame;
import org.beamframe.DataFrame;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.TooManyGroupsException;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.exec.ResultLimits;
import org.beamframe.exec.ResultTooLargeException;
import org.beamframe.exec.RunReport;
import org.beamframe.runners.cli.QueryFixturesTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compute() refuses a result too large for this process; toCsv writes it instead, atomically. */
class ResultGuardTest {
  private static final int ROWS = 1_000_000;

  @TempDir Path dir;

  @Test
  void aMillionRowsAreRefusedByComputeAndWrittenByToCsv() throws IOException {
    Path input = dir.resolve("million.csv");
    try (Writer writer = Files.newBufferedWriter(input)) {
      writer.write("id,half\n");
      for (int i = 0; i < ROWS; i++) {
        writer.write(i + "," + (i / 2.0) + "\n");
      }
    }
    DataFrame frame = BeamFrame.readCsv(input.toString());
    Session session = Session.direct();
    ResultTooLargeException refused = assertThrows(ResultTooLargeException.class, () -> frame.compute(session));
    assertEquals("the result has more than 100000 rows, over compute()'s limit of 100000 rows or 67108864 bytes: a "
        + "result this large belongs in files, not in this process; write it with toCsv(path) instead, or raise "
        + "the limit with Session.withResultLimits(...)", refused.getMessage());

    Path output = dir.resolve("out").resolve("million-copy.csv");
    Files.createDirectories(output.getParent());
    RunReport report = frame.toCsv(output.toString(), false, session);
    assertEquals(new RunReport(ROWS, ROWS, 0, 0, 0, 0, 0), report);
    long lines = 0;
    long idSum = 0;
    double halfSum = 0;
    try (BufferedReader reader = Files.newBufferedReader(output)) {
      assertEquals("id,half", reader.readLine());
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split(",");
        idSum += Long.parseLong(fields[0]);
        halfSum += Double.parseDouble(fields[1]);
        lines++;
      }
    }
    assertEquals(ROWS, lines);
    assertEquals((long) ROWS * (ROWS - 1) / 2, idSum);
    assertEquals((double) ROWS * (ROWS - 1) / 4, halfSum, 1e-3);
    try (var files = Files.list(output.getParent())) {
      assertEquals(List.of(output), files.toList(), "only the finished file, no temporary one");
    }

    // A million groups: one worker's table passes the limit while the file is still being read, and
    // stops the run there (the worker's proof is the cause), not after every group was merged.
    ResultTooLargeException groups = assertThrows(ResultTooLargeException.class,
        () -> frame.groupby("id").size().compute(session));
    assertEquals(refused.getMessage(), groups.getMessage());
    assertTrue(groups.getCause() instanceof TooManyGroupsException, String.valueOf(groups.getCause()));

    IllegalArgumentException exists = assertThrows(IllegalArgumentException.class,
        () -> frame.toCsv(output.toString(), false, session));
    assertEquals("output " + output + " exists; choose another path or allow replacing it (overwrite=true, --overwrite on the command line)", exists.getMessage());
    assertEquals(report, frame.filter(org.beamframe.expr.Expressions.col("id").ge(0)).toCsv(output.toString(), true, session));
  }

  /**
   * Issue #12: a group-by with more groups than compute()'s limit (here 4 rows; the fixture has 5
   * groups) is refused by a worker's table, and written by toCsv as the file pandas wrote
   * (testdata/query/groupby_aggs.expected.csv, made by testdata/reference/pandas_query_fixtures.py).
   */
  @Test
  void aGroupByPastTheLimitIsRefusedByComputeAndWrittenAsPandas() throws IOException {
    Path query = Path.of("..", "..", "testdata", "query");
    DataFrame shipments = BeamFrame.readCsv(query.resolve("shipments.csv").toString(), CsvReadOptions.defaults()
        .withDtypes(Map.of("id", "int64", "buyer", "object", "state", "object", "measure", "object",
            "units", "float64", "qty", "int64", "date", "object", "note", "object")));
    DataFrame grouped = shipments.groupby("state", "measure").agg(new AggSpec("n", AggFunction.SIZE, "id"),
        new AggSpec("cnt", AggFunction.COUNT, "units"), new AggSpec("total", AggFunction.SUM, "units"),
        new AggSpec("avg", AggFunction.MEAN, "units"), new AggSpec("lo", AggFunction.MIN, "units"),
        new AggSpec("hi", AggFunction.MAX, "units"), new AggSpec("buyers", AggFunction.NUNIQUE, "buyer"),
        new AggSpec("sd", AggFunction.STD, "units"), new AggSpec("v", AggFunction.VAR, "units"),
        new AggSpec("pieces", AggFunction.SUM, "qty"));
    Session session = Session.direct().withResultLimits(new ResultLimits(4, 1 << 20));
    ResultTooLargeException refused = assertThrows(ResultTooLargeException.class, () -> grouped.compute(session));
    assertTrue(refused.getCause() instanceof TooManyGroupsException, String.valueOf(refused.getCause()));

    Path output = dir.resolve("groups.csv");
    grouped.toCsv(output.toString(), false, session);
    QueryFixturesTest.assertSameTable(Files.readString(query.resolve("groupby_aggs.expected.csv")),
        Files.readString(output), "groupby_aggs past compute()'s limit, to a file");
  }
}
