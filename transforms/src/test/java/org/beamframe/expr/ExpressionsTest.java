package org.beamframe.expr;

import static org.beamframe.expr.Expressions.col;
import static org.beamframe.expr.Expressions.lit;
import static org.beamframe.expr.Expressions.toDatetime;
import static org.beamframe.expr.Expressions.toNumeric;
import static org.beamframe.expr.Rows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.Set;
import org.beamframe.types.ColumnNotFoundException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.Test;

class ExpressionsTest {
  private static final FrameSchema SCHEMA = FrameSchema.of(
      new FrameField("i", DType.INT64), new FrameField("j", DType.INT64), new FrameField("x", DType.FLOAT64),
      new FrameField("s", DType.OBJECT), new FrameField("b", DType.BOOL), new FrameField("d", DType.DATETIME64));

  @Test
  void integerArithmeticStaysInt64AndDivisionIsFloat64() {
    assertEquals(DType.INT64, col("i").mul(col("j")).type(SCHEMA));
    assertEquals(12L, eval(col("i").mul(col("j")), SCHEMA, 3L, 4L, null, null, null, null));
    assertEquals(-1L, eval(col("i").sub(col("j")), SCHEMA, 3L, 4L, null, null, null, null));
    assertEquals(DType.FLOAT64, col("i").div(col("j")).type(SCHEMA));
    assertEquals(0.75, eval(col("i").div(col("j")), SCHEMA, 3L, 4L, null, null, null, null));
  }

  @Test
  void mixedArithmeticIsFloat64() {
    assertEquals(DType.FLOAT64, col("i").add(col("x")).type(SCHEMA));
    assertEquals(3.5, eval(col("i").add(col("x")), SCHEMA, 3L, null, 0.5, null, null, null));
    assertEquals(7.0, eval(col("x").mul(lit(2)), SCHEMA, null, null, 3.5, null, null, null));
  }

  @Test
  void nullsPropagateThroughArithmetic() {
    assertNull(eval(col("i").add(col("x")), SCHEMA, 3L, null, null, null, null, null));
    assertNull(eval(col("i").add(col("x")), SCHEMA, null, null, 1.0, null, null, null));
  }

  @Test
  void nanResultIsMissingAndDivisionByZeroIsInfinite() {
    assertNull(eval(col("x").div(col("x")), SCHEMA, null, null, 0.0, null, null, null));
    assertEquals(Double.POSITIVE_INFINITY, eval(col("i").div(col("j")), SCHEMA, 1L, 0L, null, null, null, null));
  }

  @Test
  void stringsConcatenateWithPlus() {
    assertEquals("ab", eval(col("s").add(lit("b")), SCHEMA, null, null, null, "a", null, null));
  }

  @Test
  void arithmeticOnTextIsATypeErrorWithTheFix() {
    ExprTypeException e = assertThrows(ExprTypeException.class, () -> col("s").mul(col("x")).type(SCHEMA));
    assertEquals("cannot apply * to s (object) and x (float64): arithmetic needs int64 or float64 operands; "
        + "convert text with toNumeric(...)", e.getMessage());
  }

  @Test
  void whereWithoutOtherIsMissingWhereTheConditionDoesNotHold() {
    Expr kept = col("i").where(col("b"));
    assertEquals(DType.INT64, kept.type(SCHEMA));
    assertEquals(7L, eval(kept, SCHEMA, 7L, null, null, null, true, null));
    assertNull(eval(kept, SCHEMA, 7L, null, null, null, false, null));
    assertNull(eval(kept, SCHEMA, 7L, null, null, null, null, null));
    assertEquals("x.where((i > 1))", col("x").where(col("i").gt(1)).toString());
    assertEquals(Set.of("x", "i"), col("x").where(col("i").gt(1)).columns());
    ExprTypeException notBool = assertThrows(ExprTypeException.class, () -> col("x").where(col("i")).type(SCHEMA));
    assertEquals("where needs a bool condition; i is int64", notBool.getMessage());
  }

  @Test
  void comparisonsWithNullAreFalseExceptNotEqual() {
    assertEquals(false, eval(col("x").eq(lit(1.0)), SCHEMA, null, null, null, null, null, null));
    assertEquals(false, eval(col("x").lt(lit(1.0)), SCHEMA, null, null, null, null, null, null));
    assertEquals(false, eval(col("x").ge(lit(1.0)), SCHEMA, null, null, null, null, null, null));
    assertEquals(true, eval(col("x").ne(lit(1.0)), SCHEMA, null, null, null, null, null, null));
  }

  @Test
  void comparisonsMixIntAndFloatAndCompareTextAndDates() {
    assertEquals(true, eval(col("i").lt(col("x")), SCHEMA, 2L, null, 2.5, null, null, null));
    assertEquals(true, eval(col("i").eq(lit(2.0)), SCHEMA, 2L, null, null, null, null, null));
    assertEquals(true, eval(col("s").eq(lit("TAB")), SCHEMA, null, null, null, "TAB", null, null));
    assertEquals(false, eval(col("s").eq(lit("TAB")), SCHEMA, null, null, null, "CAP", null, null));
    assertEquals(true, eval(col("s").gt(lit("A")), SCHEMA, null, null, null, "B", null, null));
    assertEquals(true, eval(col("d").le(lit(LocalDateTime.of(2006, 1, 6, 0, 0))), SCHEMA,
        null, null, null, null, null, LocalDateTime.of(2006, 1, 5, 23, 59)));
    assertEquals(true, eval(col("x").eq(lit(-0.0)), SCHEMA, null, null, 0.0, null, null, null));
  }

  @Test
  void comparingTextWithNumbersIsATypeError() {
    ExprTypeException e = assertThrows(ExprTypeException.class, () -> col("s").eq(lit(1)).type(SCHEMA));
    assertEquals("cannot compare s (object) == 1 (int64); compare values of the same dtype "
        + "(numbers may mix int64 and float64)", e.getMessage());
  }

  @Test
  void booleanLogicTreatsMissingAsFalse() {
    Expr both = col("b").and(col("i").gt(lit(1)));
    assertEquals(true, eval(both, SCHEMA, 2L, null, null, null, true, null));
    assertEquals(false, eval(both, SCHEMA, 2L, null, null, null, null, null));
    Expr either = col("b").or(col("i").gt(lit(1)));
    assertEquals(true, eval(either, SCHEMA, 2L, null, null, null, null, null));
    assertEquals(false, eval(either, SCHEMA, 0L, null, null, null, false, null));
    assertEquals(false, eval(col("b").not(), SCHEMA, null, null, null, null, true, null));
    assertNull(eval(col("b").not(), SCHEMA, null, null, null, null, null, null));
    assertThrows(ExprTypeException.class, () -> col("i").and(col("b")).type(SCHEMA));
  }

  @Test
  void nullChecks() {
    assertEquals(true, eval(col("s").isnull(), SCHEMA, null, null, null, null, null, null));
    assertEquals(false, eval(col("s").notnull(), SCHEMA, null, null, null, null, null, null));
    assertEquals(true, eval(col("s").notnull(), SCHEMA, null, null, null, "", null, null));
  }

  @Test
  void toNumericCoercesJunkToNull() {
    Expr coerce = toNumeric(col("s"), Errors.COERCE);
    assertEquals(DType.FLOAT64, coerce.type(SCHEMA));
    Coercions.drain();
    assertEquals(1.5, eval(coerce, SCHEMA, null, null, null, "1.5", null, null));
    assertEquals(2.0, eval(coerce, SCHEMA, null, null, null, " 2 ", null, null));
    assertEquals(-1000.0, eval(coerce, SCHEMA, null, null, null, "-1e3", null, null));
    assertEquals(0.5, eval(coerce, SCHEMA, null, null, null, ".5", null, null));
    for (String junk : new String[] {"-", "unk", "n/a", "", "1.5d", "0x10", "1,5", "1 000"}) {
      assertNull(eval(coerce, SCHEMA, null, null, null, junk, null, null), junk);
    }
    assertEquals(8, Coercions.drain(), "each junk value is counted as coerced");
    assertNull(eval(coerce, SCHEMA, null, null, null, "nan", null, null));
    assertEquals(Double.NEGATIVE_INFINITY, eval(coerce, SCHEMA, null, null, null, "-inf", null, null));
    assertNull(eval(coerce, SCHEMA, null, null, null, null, null, null));
  }

  @Test
  void toNumericRaiseNamesTheValueAndTheFix() {
    ValueConversionException e = assertThrows(ValueConversionException.class,
        () -> eval(toNumeric(col("s"), Errors.RAISE), SCHEMA, null, null, null, "unk", null, null));
    assertEquals("to_numeric(s, errors='raise'): cannot convert \"unk\": not a number; "
        + "pass errors=coerce (Errors.COERCE) to turn such values into nulls", e.getMessage());
  }

  @Test
  void toNumericLeavesNumbersAlone() {
    assertEquals(DType.INT64, toNumeric(col("i"), Errors.COERCE).type(SCHEMA));
    assertEquals(7L, eval(toNumeric(col("i"), Errors.COERCE), SCHEMA, 7L, null, null, null, null, null));
    assertEquals(1L, eval(toNumeric(col("b"), Errors.COERCE), SCHEMA, null, null, null, null, true, null));
  }

  @Test
  void toDatetimeZeroPadsNumbersToTheFormatWidth() {
    Expr date = toDatetime(col("x"), "%m%d%Y");
    assertEquals(LocalDateTime.of(2006, 1, 6, 0, 0), eval(date, SCHEMA, null, null, 1062006.0, null, null, null));
    assertEquals(LocalDateTime.of(2006, 12, 15, 0, 0), eval(date, SCHEMA, null, null, 12152006.0, null, null, null));
    assertEquals(LocalDateTime.of(2006, 1, 6, 0, 0), eval(toDatetime(col("i"), "%m%d%Y"), SCHEMA,
        1062006L, null, null, null, null, null));
    assertNull(eval(date, SCHEMA, null, null, null, null, null, null));
  }

  @Test
  void toDatetimeParsesTextFormats() {
    assertEquals(LocalDateTime.of(2010, 2, 28, 0, 0),
        eval(toDatetime(col("s"), "%Y-%m-%d"), SCHEMA, null, null, null, "2010-02-28", null, null));
    assertEquals(LocalDateTime.of(2010, 2, 28, 13, 5, 9),
        eval(toDatetime(col("s"), "%Y-%m-%d %H:%M:%S"), SCHEMA, null, null, null, "2010-02-28 13:05:09", null, null));
    assertEquals(LocalDateTime.of(1999, 3, 1, 0, 0),
        eval(toDatetime(col("s"), "%d/%m/%y"), SCHEMA, null, null, null, "01/03/99", null, null));
    assertEquals(LocalDateTime.of(2068, 3, 1, 0, 0),
        eval(toDatetime(col("s"), "%d/%m/%y"), SCHEMA, null, null, null, "01/03/68", null, null));
  }

  @Test
  void invalidDatesRaiseOrCoerce() {
    ValueConversionException e = assertThrows(ValueConversionException.class,
        () -> eval(toDatetime(col("x"), "%m%d%Y"), SCHEMA, null, null, 2302006.0, null, null, null));
    assertEquals("to_datetime(x, format='%m%d%Y'): cannot convert 2302006.0: it does not match the format "
        + "'%m%d%Y'; fix the value or format, or pass errors=coerce (Errors.COERCE) to turn such values into NaT",
        e.getMessage());
    assertNull(eval(toDatetime(col("x"), "%m%d%Y", Errors.COERCE), SCHEMA, null, null, 1062006.5, null, null, null));
    assertNull(eval(toDatetime(col("s"), "%Y-%m-%d", Errors.COERCE), SCHEMA, null, null, null, "2010-13-01", null, null));
  }

  @Test
  void unsupportedFormatDirectiveFailsAtConstruction() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> toDatetime(col("s"), "%Y-%j"));
    assertEquals("format \"%Y-%j\" has the directive %j; supported directives are %Y %y %m %d %H %M %S %%, "
        + "or 'ISO8601'", e.getMessage());
  }

  /** pandas (Python's strptime) reads unpadded fields; numbers are zero-padded to the format's width instead. */
  @Test
  void fieldsBeforeALiteralTakeOneOrTwoDigits() {
    assertEquals(LocalDateTime.of(2006, 1, 6, 0, 0),
        eval(toDatetime(col("s"), "%m/%d/%Y"), SCHEMA, null, null, null, "1/6/2006", null, null));
    assertEquals(LocalDateTime.of(2006, 12, 31, 0, 0),
        eval(toDatetime(col("s"), "%m/%d/%Y"), SCHEMA, null, null, null, "12/31/2006", null, null));
    assertEquals(LocalDateTime.of(2007, 2, 1, 9, 5, 0),
        eval(toDatetime(col("s"), "%d/%m/%Y %H:%M"), SCHEMA, null, null, null, "1/2/2007 9:05", null, null));
    assertEquals(LocalDateTime.of(2007, 2, 1, 0, 0),
        eval(toDatetime(col("s"), "%d.%m.%Y"), SCHEMA, null, null, null, "01.2.2007", null, null));
    assertEquals(LocalDateTime.of(2006, 10, 6, 0, 0),
        eval(toDatetime(col("s"), "%m%d%Y"), SCHEMA, null, null, null, "1062006", null, null),
        "text: the month takes two digits where it can, as Python's strptime");
    assertEquals(LocalDateTime.of(2006, 1, 6, 0, 0),
        eval(toDatetime(col("x"), "%m%d%Y"), SCHEMA, null, null, 1062006.0, null, null, null),
        "a number: zero-padded to the format's width first");
    assertNull(eval(toDatetime(col("s"), "%m/%d/%Y", Errors.COERCE), SCHEMA, null, null, null, "1/6/06", null, null),
        "%Y is four digits");
    assertNull(eval(toDatetime(col("s"), "%m/%d/%Y", Errors.COERCE), SCHEMA, null, null, null, "001/6/2006", null,
        null));
  }

  @Test
  void withoutAFormatIso8601IsParsedAndOtherShapesGetTheirFormatSuggested() {
    assertEquals(LocalDateTime.of(2012, 3, 4, 18, 0),
        eval(toDatetime(col("s")), SCHEMA, null, null, null, "2012-03-04T23:30:00+05:30", null, null));
    assertEquals(LocalDateTime.of(2012, 3, 4, 0, 0),
        eval(toDatetime(col("s"), "ISO8601"), SCHEMA, null, null, null, "2012-03-04", null, null));
    assertNull(eval(toDatetime(col("s")), SCHEMA, null, null, null, null, null, null));
    assertNull(eval(toDatetime(col("s"), Errors.COERCE), SCHEMA, null, null, null, "1/6/2006", null, null));
    ValueConversionException guess = assertThrows(ValueConversionException.class,
        () -> eval(toDatetime(col("s")), SCHEMA, null, null, null, "1/6/2006", null, null));
    assertEquals("to_datetime(s, format='ISO8601'): cannot convert \"1/6/2006\": it is not an ISO 8601 date-time such "
        + "as 2012-01-31 or 2012-01-31T10:30:00; pass its format, e.g. format='%m/%d/%Y' (or '%d/%m/%Y' if the day "
        + "comes first): BeamFrame does not guess day/month orders, or pass errors=coerce (Errors.COERCE) to turn "
        + "such values into NaT", guess.getMessage());
    ExprTypeException numbers = assertThrows(ExprTypeException.class, () -> toDatetime(col("i")).type(SCHEMA));
    assertEquals("cannot parse i (int64) as ISO 8601 text; give the numbers' format, e.g. format='%Y%m%d' (pandas "
        + "would read numbers without a format as nanoseconds since 1970)", numbers.getMessage());
  }

  @Test
  void datetimePartsAreInt64() {
    LocalDateTime date = LocalDateTime.of(2006, 1, 6, 0, 0);
    assertEquals(DType.INT64, col("d").dt().year().type(SCHEMA));
    assertEquals(2006L, eval(col("d").dt().year(), SCHEMA, null, null, null, null, null, date));
    assertEquals(1L, eval(col("d").dt().month(), SCHEMA, null, null, null, null, null, date));
    assertEquals(6L, eval(col("d").dt().day(), SCHEMA, null, null, null, null, null, date));
    assertNull(eval(col("d").dt().year(), SCHEMA, null, null, null, null, null, null));
    ExprTypeException e = assertThrows(ExprTypeException.class, () -> col("x").dt().year().type(SCHEMA));
    assertEquals("cannot use .dt.year on x (float64); convert it with to_datetime(...) first", e.getMessage());
  }

  @Test
  void unknownColumnListsTheColumns() {
    assertThrows(ColumnNotFoundException.class, () -> col("y").add(lit(1)).compile(SCHEMA));
  }

  @Test
  void expressionsPrintCompareAndListColumns() {
    Expr product = col("CALC_BASE_WT_IN_GM").mul(col("MME_Conversion_Factor"));
    assertEquals("(CALC_BASE_WT_IN_GM * MME_Conversion_Factor)", product.toString());
    assertEquals("to_datetime(TRANSACTION_DATE, format='%m%d%Y').dt.year",
        toDatetime(col("TRANSACTION_DATE"), "%m%d%Y").dt().year().toString());
    assertEquals("(Measure == 'TAB')", col("Measure").eq("TAB").toString());
    assertEquals(col("a").mul(col("b")), col("a").mul(col("b")));
    assertNotEquals(col("a").mul(col("b")), col("b").mul(col("a")));
    assertEquals(Set.of("CALC_BASE_WT_IN_GM", "MME_Conversion_Factor"), product.columns());
  }
}
