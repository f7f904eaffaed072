package org.beamframe.expr;

import static org.beamframe.expr.Expressions.col;
import static org.beamframe.expr.Expressions.lit;
import static org.beamframe.expr.Rows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.Test;

/** {@code // % **} as Python and numpy compute them; the expected values are numpy 1.x's (pandas 1.5). */
class PythonOperatorsTest {
  private static final FrameSchema SCHEMA = FrameSchema.of(new FrameField("i", DType.INT64),
      new FrameField("j", DType.INT64), new FrameField("x", DType.FLOAT64), new FrameField("y", DType.FLOAT64));

  private static Object ints(Expr expr, Long i, Long j) {
    return eval(expr, SCHEMA, i, j, null, null);
  }

  private static Object floats(Expr expr, Double x, Double y) {
    return eval(expr, SCHEMA, null, null, x, y);
  }

  @Test
  void integerFloorDivisionAndModuloRoundDown() {
    long[][] cases = {{7, 3, 2, 1}, {-7, 3, -3, 2}, {7, -3, -3, -2}, {-7, -3, 2, -1}, {0, 5, 0, 0}};
    for (long[] c : cases) {
      assertEquals(c[2], ints(col("i").floordiv(col("j")), c[0], c[1]), c[0] + " // " + c[1]);
      assertEquals(c[3], ints(col("i").mod(col("j")), c[0], c[1]), c[0] + " % " + c[1]);
    }
    assertEquals(DType.INT64, col("i").floordiv(col("j")).type(SCHEMA));
    assertEquals(DType.INT64, col("i").mod(col("j")).type(SCHEMA));
  }

  @Test
  void integerDivisionByZeroIsMissingAsAreMissingOperands() {
    assertNull(ints(col("i").floordiv(col("j")), 5L, 0L));
    assertNull(ints(col("i").mod(col("j")), 5L, 0L));
    assertNull(ints(col("i").mod(col("j")), null, 3L));
    assertNull(ints(col("i").pow(col("j")), 2L, null));
  }

  @Test
  void floatFloorDivisionAndModuloTakeTheDivisorsSign() {
    double[][] cases = {{7.5, 2, 3, 1.5}, {-7.5, 2, -4, 0.5}, {7.5, -2, -4, -0.5}, {-7.5, -2, 3, -1.5}};
    for (double[] c : cases) {
      assertEquals(c[2], floats(col("x").floordiv(col("y")), c[0], c[1]), c[0] + " // " + c[1]);
      assertEquals(c[3], floats(col("x").mod(col("y")), c[0], c[1]), c[0] + " % " + c[1]);
    }
    assertEquals(-0.0, floats(col("x").floordiv(col("y")), -0.0, 2.0));
    assertEquals(Double.POSITIVE_INFINITY, floats(col("x").floordiv(col("y")), 7.5, 0.0));
    assertEquals(Double.NEGATIVE_INFINITY, floats(col("x").floordiv(col("y")), -7.5, 0.0));
    assertNull(floats(col("x").floordiv(col("y")), 0.0, 0.0), "0.0 // 0.0 is NaN: missing");
    assertNull(floats(col("x").mod(col("y")), 7.5, 0.0), "x % 0.0 is NaN: missing");
    assertEquals(1.0, eval(col("i").mod(lit(2.5)), SCHEMA, 11L, null, null, null), "int64 % float64 is float64");
  }

  @Test
  void powersAsNumpy() {
    assertEquals(-27L, ints(col("i").pow(col("j")), -3L, 3L));
    assertEquals(1L, ints(col("i").pow(col("j")), 0L, 0L));
    assertEquals(-6289078614652622815L, ints(col("i").pow(col("j")), 3L, 40L), "wraps around as numpy's int64");
    assertEquals(Long.MIN_VALUE, ints(col("i").pow(col("j")), -2L, 63L));
    assertEquals(Math.sqrt(2.0), floats(col("x").pow(col("y")), 2.0, 0.5));
    assertEquals(49.0, eval(col("i").pow(lit(2.0)), SCHEMA, 7L, null, null, null));
    assertNull(floats(col("x").pow(col("y")), -8.0, 1.0 / 3), "a NaN power is missing");
    ValueConversionException negative = assertThrows(ValueConversionException.class,
        () -> ints(col("i").pow(col("j")), 2L, -1L));
    assertEquals("(i ** j): cannot convert -1: integers to negative integer powers are not allowed, as in pandas; "
        + "make the exponent float64, e.g. x ** -1.0 or astype('float64')", negative.getMessage());
  }
}
