package org.beamframe.agg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.beamframe.types.DType;
import org.junit.jupiter.api.Test;

/** pandas' names and result dtypes; order-dependent aggregations are refused with the alternative. */
class AggFunctionTest {
  @Test
  void namesAndResultTypesAsPandas() {
    assertEquals(AggFunction.NUNIQUE, AggFunction.named("nunique"));
    assertEquals(DType.INT64, AggFunction.SUM.resultType("n", DType.INT64));
    assertEquals(DType.FLOAT64, AggFunction.MEAN.resultType("n", DType.INT64));
    assertEquals(DType.INT64, AggFunction.SIZE.resultType("s", DType.OBJECT));
    assertEquals(DType.FLOAT64, AggFunction.STD.resultType("n", DType.INT64));
    assertThrows(IllegalArgumentException.class, () -> AggFunction.VAR.resultType("s", DType.OBJECT));
  }

  @Test
  void unknownNamesListTheKnownOnes() {
    assertEquals(AggFunction.FIRST, AggFunction.named("first"));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> AggFunction.named("median"));
    assertTrue(unknown.getMessage().endsWith("sum, count, mean, min, max, size, var, std, nunique, first, last, first_row, last_row"),
        unknown.getMessage());
  }
}
