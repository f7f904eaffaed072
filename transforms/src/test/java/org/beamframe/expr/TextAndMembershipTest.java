package org.beamframe.expr;

import static org.beamframe.expr.Expressions.col;
import static org.beamframe.expr.Rows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.Test;

/** .str methods, isin and the further .dt parts on hand-built rows, nulls included. */
class TextAndMembershipTest {
  private static final FrameSchema SCHEMA = FrameSchema.of(
      new FrameField("s", DType.OBJECT), new FrameField("n", DType.INT64), new FrameField("d", DType.DATETIME64));

  @Test
  void stringMethods() {
    assertEquals(" CVS #12 ", eval(col("s").str().upper(), SCHEMA, " cvs #12 ", null, null));
    assertEquals("cvs #12", eval(col("s").str().strip().str().lower(), SCHEMA, " CVS #12 ", null, null));
    assertEquals(4L, eval(col("s").str().len(), SCHEMA, "Ägé!", null, null));
    assertEquals(true, eval(col("s").str().contains("#\\d+"), SCHEMA, "cvs #12", null, null));
    assertEquals(false, eval(col("s").str().contains("#\\d+", false), SCHEMA, "cvs #12", null, null));
    assertEquals(true, eval(col("s").str().startswith("cv"), SCHEMA, "cvs", null, null));
    assertEquals(false, eval(col("s").str().endswith("cv"), SCHEMA, "cvs", null, null));
    assertEquals("bcd", eval(col("s").str().slice(1L, -1L), SCHEMA, "abcde", null, null));
    assertEquals("de", eval(col("s").str().slice(-2L, null), SCHEMA, "abcde", null, null));
    assertEquals("", eval(col("s").str().slice(4L, 2L), SCHEMA, "abcde", null, null));
    assertEquals("a-b-c", eval(col("s").str().replace(".", "-"), SCHEMA, "a.b.c", null, null));
    assertEquals("-----", eval(col("s").str().replace(".", "-", true), SCHEMA, "a.b.c", null, null));
    assertNull(eval(col("s").str().upper(), SCHEMA, null, null, null));
    assertThrows(ExprTypeException.class, () -> col("n").str().upper().type(SCHEMA));
  }

  @Test
  void membership() {
    assertEquals(true, eval(col("s").isin("TAB", "CAP"), SCHEMA, "CAP", null, null));
    assertEquals(false, eval(col("s").isin("TAB", "CAP"), SCHEMA, "tab", null, null));
    assertEquals(false, eval(col("s").isin("TAB"), SCHEMA, null, null, null));
    assertEquals(true, eval(col("n").isin(3.0, 5L), SCHEMA, null, 3L, null));
    assertThrows(ExprTypeException.class, () -> col("n").isin("3").type(SCHEMA));
  }

  @Test
  void datetimeParts() {
    LocalDateTime sunday = LocalDateTime.of(2012, 12, 30, 17, 45, 9);
    assertEquals(6L, eval(col("d").dt().dayofweek(), SCHEMA, null, null, sunday));
    assertEquals(4L, eval(col("d").dt().quarter(), SCHEMA, null, null, sunday));
    assertEquals(17L, eval(col("d").dt().hour(), SCHEMA, null, null, sunday));
    assertEquals(45L, eval(col("d").dt().minute(), SCHEMA, null, null, sunday));
    assertEquals(1L, eval(col("d").dt().quarter(), SCHEMA, null, null, LocalDateTime.of(2012, 3, 31, 0, 0)));
    assertNull(eval(col("d").dt().hour(), SCHEMA, null, null, null));
  }
}
