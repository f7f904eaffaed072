package org.beamframe;

import static org.beamframe.PandasSurfaceTest.assertTable;
import static org.beamframe.expr.Expressions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.expr.Expr;
import org.beamframe.types.DType;
import org.beamframe.types.SortKey;
import org.junit.jupiter.api.Test;

/**
 * pandas' {@code Series.map} and {@code df.apply(axis=1)} with Java lambdas: the same answers as pandas
 * (testdata/query/map_apply.expected.csv), and an optimizer that prunes and pushes filters around them
 * without looking inside.
 */
class UserFunctionsTest {
  private static final Path QUERY = Path.of("..", "testdata", "query");
  private static final Map<String, String> DTYPES = Map.of("id", "int64", "buyer", "object", "state", "object",
      "measure", "object", "units", "float64", "qty", "int64", "date", "object", "note", "object");

  private static DataFrame shipments() {
    return BeamFrame.readCsv(QUERY.resolve("shipments.csv").toString(), CsvReadOptions.defaults().withDtypes(DTYPES));
  }

  /** pandas: {@code r.units * r.qty if r.measure == "TAB" else 0.0}; a missing unit count gives a missing value. */
  private static Expr value(DataFrame df) {
    return df.apply(row -> {
      if (!"TAB".equals(row.get("measure"))) {
        return 0.0;
      }
      Double units = (Double) row.get("units");
      return units == null ? null : units * (Long) row.get("qty");
    }, DType.FLOAT64);
  }

  private static DataFrame mapped(DataFrame df) {
    return df.assign("code", col("qty").map((Long q) -> q * 2 + 1, DType.INT64))
        .assign("label", col("buyer").map((String b) -> {
          String upper = b.strip().toUpperCase();
          return upper.substring(0, Math.min(3, upper.length()));
        }, DType.OBJECT))
        .assign("value", value(df));
  }

  @Test
  void mapAndApplyAsPandas() throws IOException {
    DataFrame result = mapped(shipments()).query("state == 'OH' or state == 'PA'").select("id", "code", "label", "value")
        .sortValues(SortKey.ascending("id"));
    assertTable("map_apply", result.compute());
    assertTable("map_apply", result.compute(org.beamframe.exec.Executor.current(), false));
  }

  @Test
  void theOptimizerKeepsWhatAnOpaqueFunctionMayReadAndPushesFiltersPastIt() {
    // The filter reads state only, so it runs before the functions: fewer calls, same rows. Only code is
    // kept: its map reads qty; label's and value's functions are never called.
    String plan = mapped(shipments()).query("state == 'OH'").select("id", "code").explain();
    assertTrue(plan.contains("CsvScan ../testdata/query/shipments.csv (1 file) in 1 split, parses 3 of 8 columns; "
        + "then per row: Filter (state == 'OH'); Assign code = qty.map(<function> -> int64); Select [id, code]"), plan);
    // A row function was given every column: all are read, however few it looks at.
    String apply = mapped(shipments()).select("id", "value").explain();
    assertTrue(apply.contains("parses 8 of 8 columns; then per row: Assign value = apply(<function of [id, buyer, "
        + "state, measure, units, qty, date, note]> -> float64); Select [id, value]"), apply);
    // A filter on a computed column stays after its function.
    String after = mapped(shipments()).query("value > 100").select("id").explain();
    assertTrue(after.contains("then per row: Assign value = apply(<function of [id, buyer, state, measure, units, "
        + "qty, date, note]> -> float64); Filter (value > 100); Select [id]"), after);
  }

  @Test
  void aFunctionsWrongResultOrExceptionFailsTheRunNamingTheValue() {
    DataFrame df = shipments().select("id", "qty");
    RuntimeException wrongType = assertThrows(RuntimeException.class,
        () -> df.assign("x", col("qty").map((Long q) -> "q" + q, DType.INT64)).compute());
    assertTrue(wrongType.getMessage().contains("qty.map(<function> -> int64): cannot convert 3: the function returned "
        + "String q3, not a value of the declared dtype int64; return a Long (or null for a missing value), or "
        + "declare the dtype the function returns"), wrongType.getMessage());
    RuntimeException wrongParameter = assertThrows(RuntimeException.class,
        () -> df.assign("x", col("qty").map((Integer q) -> q + 1, DType.INT64)).compute());
    assertTrue(wrongParameter.getMessage().contains("the function threw java.lang.ClassCastException"),
        wrongParameter.getMessage());
    assertTrue(wrongParameter.getMessage().contains("declare the function's parameter as the column's Java type "
        + "(Long for int64"), wrongParameter.getMessage());
    RuntimeException noColumn = assertThrows(RuntimeException.class,
        () -> df.assign("x", df.apply(row -> row.get("units"), DType.FLOAT64)).compute());
    assertTrue(noColumn.getMessage().contains("the row has no column units; it has [id, qty]"), noColumn.getMessage());
    assertEquals(DType.INT64, df.assign("x", col("qty").map((Long q) -> 1, DType.INT64)).dtype("x"));
    // The function's own exception stays behind the error, its stack trace pointing into the user's code.
    RuntimeException thrown = assertThrows(RuntimeException.class,
        () -> df.assign("x", col("qty").map((Long q) -> Math.floorDiv(q, 0L), DType.INT64)).compute());
    Throwable cause = thrown;
    while (cause.getCause() != null && !(cause instanceof ArithmeticException)) {
      cause = cause.getCause();
    }
    assertTrue(cause instanceof ArithmeticException, "the user's exception is the cause: " + thrown);
  }

  @Test
  void aFunctionThatCannotBeShippedFailsWhereItIsWritten() {
    Object notSerializable = new Object();
    IllegalArgumentException captured = assertThrows(IllegalArgumentException.class,
        () -> col("qty").map((Long q) -> notSerializable.hashCode() + q, DType.INT64));
    assertEquals("qty.map(...): the function cannot be sent to the workers: it captures a java.lang.Object, which is "
        + "not Serializable; capture only serializable values (numbers, strings, collections of them) or make that "
        + "class Serializable", captured.getMessage());
    DataFrame df = shipments();
    assertThrows(IllegalArgumentException.class, () -> df.apply(row -> notSerializable.toString(), DType.OBJECT));
  }
}
