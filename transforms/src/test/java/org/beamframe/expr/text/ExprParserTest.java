package org.beamframe.expr.text;

import static org.beamframe.expr.Expressions.col;
import static org.beamframe.expr.Expressions.lit;
import static org.beamframe.expr.Expressions.toDatetime;
import static org.beamframe.expr.Expressions.toNumeric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.beamframe.expr.Errors;
import org.junit.jupiter.api.Test;

/** Query and eval texts give the trees the Java API builds; syntax errors point at their column. */
class ExprParserTest {
  @Test
  void theCourseFilterAndProduct() {
    assertEquals(col("Measure").eq(lit("TAB")).and(col("DOSAGE_UNIT").gt(lit(1000L))),
        ExprParser.parse("Measure == 'TAB' and DOSAGE_UNIT > 1000"));
    assertEquals(List.of(new Assignment("morphine_equivalent_g", col("CALC_BASE_WT_IN_GM").mul(col("MME_Conversion_Factor")))),
        ExprParser.parseAssignments("morphine_equivalent_g = CALC_BASE_WT_IN_GM * MME_Conversion_Factor"));
  }

  @Test
  void precedenceAsPandas() {
    // * binds tighter than +; & and | as and/or, looser than comparisons; not binds tighter than and.
    assertEquals(col("a").add(col("b").mul(lit(2L))), ExprParser.parse("a + b * 2"));
    assertEquals(col("a").sub(col("b")).sub(col("c")), ExprParser.parse("a - b - c"));
    assertEquals(col("a").gt(lit(1L)).and(col("b").lt(lit(2.5))).or(col("c").eq(lit("x")).not()),
        ExprParser.parse("a > 1 & b < 2.5 | ~(c == \"x\")"));
    assertEquals(col("a").gt(lit(1L)).not().and(col("b").eq(lit(true))), ExprParser.parse("not a > 1 and b == True"));
    assertEquals(lit(0L).lt(col("a")).and(col("a").le(lit(10L))), ExprParser.parse("0 < a <= 10"));
    assertEquals(col("a").mul(lit(-2L)), ExprParser.parse("a * -2"));
    assertEquals(lit(0L).sub(col("a")), ExprParser.parse("-a"));
  }

  @Test
  void backticksFunctionsAccessorsAndLists() {
    assertEquals(col("my col").add(lit(1L)), ExprParser.parse("`my col` + 1"));
    assertEquals(toDatetime(col("TRANSACTION_DATE"), "%m%d%Y").dt().year(),
        ExprParser.parse("to_datetime(TRANSACTION_DATE, format='%m%d%Y').dt.year"));
    assertEquals(toNumeric(col("MME_Conversion_Factor"), Errors.COERCE),
        ExprParser.parse("pd.to_numeric(MME_Conversion_Factor, errors='coerce')"));
    assertEquals(col("name").str().upper().str().startswith("CVS"), ExprParser.parse("name.str.upper().str.startswith('CVS')"));
    assertEquals(col("name").str().contains("A.C", false), ExprParser.parse("name.str.contains('A.C', regex=False)"));
    assertEquals(col("name").str().slice(1L, -1L), ExprParser.parse("name.str.slice(1, -1)"));
    assertEquals(col("name").str().slice(null, 3L), ExprParser.parse("name.str.slice(stop=3)"));
    assertEquals(col("Measure").isin("TAB", "CAP"), ExprParser.parse("Measure in ['TAB', 'CAP']"));
    assertEquals(col("n").isin(1L, 2L).not(), ExprParser.parse("n not in (1, 2)"));
    assertEquals(col("n").isnull().or(col("m").notnull()), ExprParser.parse("n.isna() or m.notnull()"));
    assertEquals(col("d").dt().dayofweek(), ExprParser.parse("d.dt.dayofweek"));
  }

  @Test
  void numericAndMissingValueMethods() {
    assertEquals(col("a").sub(lit(150L)).abs(), ExprParser.parse("(a - 150).abs()"));
    assertEquals(col("a").round(2), ExprParser.parse("a.round(2)"));
    assertEquals(col("a").round(0), ExprParser.parse("a.round()"));
    assertEquals(col("a").clip(50.0, null), ExprParser.parse("a.clip(lower=50)"));
    assertEquals(col("a").fillna(-1L).astype("int64"), ExprParser.parse("a.fillna(-1).astype('int64')"));
    assertEquals(col("a").where(col("a").gt(lit(100L)), lit(0L)), ExprParser.parse("a.where(a > 100, 0)"));
    assertEquals(col("a").where(col("a").gt(lit(100L))), ExprParser.parse("a.where(a > 100)"));
  }

  @Test
  void syntaxErrorsNameTheColumnAndShowIt() {
    ExprSyntaxException dangling = assertThrows(ExprSyntaxException.class,
        () -> ExprParser.parse("Measure == 'TAB' and"));
    assertEquals(21, dangling.column());
    assertEquals("expected a column, a literal or '(' at column 21:\n  Measure == 'TAB' and\n"
        + "                      ^", dangling.getMessage());
    assertEquals(12, assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("Measure == 'TAB")).column());
    assertEquals(3, assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("a b")).column());
    assertEquals(1, assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("frobnicate(a)")).column());
    assertEquals(6, assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("a.dt.yr")).column());
    assertEquals(3, assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("a @ b")).column());
    assertEquals(3, assertThrows(ExprSyntaxException.class, () -> ExprParser.parseAssignments("x + 1")).column());
  }

  @Test
  void toDatetimeWithoutAFormatIsIso8601() {
    assertEquals(toDatetime(col("d")), ExprParser.parse("to_datetime(d)"));
    assertEquals(toDatetime(col("d"), "ISO8601"), ExprParser.parse("pd.to_datetime(d, format='ISO8601')"));
    assertEquals(toDatetime(col("d"), Errors.COERCE), ExprParser.parse("to_datetime(d, errors='coerce')"));
    ExprSyntaxException dayFirst = assertThrows(ExprSyntaxException.class,
        () -> ExprParser.parse("to_datetime(d, dayfirst=True)"));
    assertTrue(dayFirst.getMessage().startsWith("dayfirst= makes pandas guess each value's format; BeamFrame does not "
        + "guess: pass the format, e.g. format='%d/%m/%Y'"), dayFirst.getMessage());
    assertEquals(col("d").dt().microsecond().add(col("d").dt().nanosecond()),
        ExprParser.parse("d.dt.microsecond + d.dt.nanosecond"));
  }

  @Test
  void pythonOperatorsWithPythonsPrecedence() {
    assertEquals(col("a").mod(lit(3L)).add(col("b").floordiv(lit(2L))), ExprParser.parse("a % 3 + b // 2"));
    assertEquals(col("a").pow(lit(2L)).mod(lit(7L)).mul(lit(-1L)).floordiv(lit(2L)),
        ExprParser.parse("a ** 2 % 7 * -1 // 2"));
    // ** binds to the right and tighter than a unary minus on its left, looser than one on its right.
    assertEquals(lit(2L).pow(lit(3L).pow(lit(2L))), ExprParser.parse("2 ** 3 ** 2"));
    assertEquals(lit(0L).sub(lit(2L).pow(lit(2L))), ExprParser.parse("-2 ** 2"));
    assertEquals(col("a").pow(lit(-1L)), ExprParser.parse("a ** -1"));
    assertEquals(col("a").mul(col("b")).div(col("c")), ExprParser.parse("a * b / c"));
    assertEquals(lit(-2L), ExprParser.parse("-2"));
    assertEquals(lit(-2.5), ExprParser.parse("-(2.5)"));
  }

  @Test
  void variablesTakeTheCallersValues() {
    Map<String, Object> values = Map.of("low", 2L, "names", List.of("Denver Intl", "O'Hare"), "cap", 1000.5,
        "on", true, "day", LocalDateTime.of(2012, 1, 1, 0, 0), "few", 3);
    assertEquals(col("qty").gt(lit(2L)).and(col("airport").isin("Denver Intl", "O'Hare")),
        ExprParser.parse("qty > @low and airport in @names", values));
    assertEquals(col("airport").isin("Denver Intl", "O'Hare").not(), ExprParser.parse("airport not in @names", values));
    assertEquals(col("airport").isin("Denver Intl", "O'Hare"), ExprParser.parse("airport.isin(@names)", values));
    assertEquals(col("t").ge(lit(LocalDateTime.of(2012, 1, 1, 0, 0))).and(col("f").eq(lit(true))),
        ExprParser.parse("t >= @day and f == @on", values));
    assertEquals(col("x").mul(lit(3L)), ExprParser.parse("x * @few", values), "an Integer is an int64 literal");
    assertEquals(List.of(new Assignment("capped", col("cost").mul(lit(1000.5)))),
        ExprParser.parseAssignments("capped = cost * @cap", values));

    ExprSyntaxException missing = assertThrows(ExprSyntaxException.class,
        () -> ExprParser.parse("qty > @high", values));
    assertEquals(7, missing.column());
    assertTrue(missing.getMessage().startsWith("no value for @high; pass it with the expression (query(text, "
        + "Map.of(\"high\", value)), or --var high=VALUE on the command line); variables: [cap, day, few, low, names, on]"),
        missing.getMessage());
    ExprSyntaxException list = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("a == @names", values));
    assertTrue(list.getMessage().startsWith("@names is a list: use it with in, not in, or isin(...)"), list.getMessage());
    Map<String, Object> withNull = new java.util.HashMap<>(values);
    withNull.put("nothing", null);
    ExprSyntaxException isNull = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("a == @nothing", withNull));
    assertTrue(isNull.getMessage().startsWith("@nothing = null cannot be a value here: "), isNull.getMessage());
    ExprSyntaxException noName = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("a > @ 1", values));
    assertTrue(noName.getMessage().startsWith("expected a variable name after @"), noName.getMessage());
  }

  @Test
  void commandLineValuesAreLiteralsOrText() {
    assertEquals(2L, ExprParser.parseValue("2"));
    assertEquals(-1.5, ExprParser.parseValue("-1.5"));
    assertEquals("TAB", ExprParser.parseValue("'TAB'"));
    assertEquals(true, ExprParser.parseValue("True"));
    assertEquals(List.of("TAB", "CAP"), ExprParser.parseValue("['TAB', 'CAP']"));
    assertEquals(List.of(1L, 2.5), ExprParser.parseValue("(1, 2.5)"));
    assertEquals("OH", ExprParser.parseValue("OH"));
    assertEquals("Logan, Boston", ExprParser.parseValue("Logan, Boston"));
    assertEquals("O'Hare", ExprParser.parseValue("O'Hare"));
    assertEquals("2012-01-01", ExprParser.parseValue("2012-01-01"));
    assertEquals(1L, ExprParser.parseValue("(1)"));
    assertEquals("(see above)", ExprParser.parseValue("(see above)"));
    assertEquals("[1, 2", ExprParser.parseValue("[1, 2"));
  }
}
