package org.beamframe.expr;

import org.beamframe.expr.datetime.StrftimeFormat;
import org.beamframe.expr.datetime.ToDatetime;
import org.beamframe.expr.num.ToNumeric;

/**
 * Terse static factories, to be imported statically: {@code col("x").mul(lit(2))}. Each returns an
 * {@link Expr}, a description of a computed column; nothing is evaluated until the frame or
 * pipeline that uses it runs.
 */
public final class Expressions {
  private Expressions() {}

  /**
   * A column by name, as pandas' {@code df["name"]}. The name is resolved when the expression is
   * type-checked against a frame's schema; an unknown name fails there with a
   * {@link org.beamframe.types.ColumnNotFoundException} that suggests the closest name and lists
   * the columns.
   *
   * @param name the column's exact (case-sensitive) name
   * @return the column reference
   * @throws NullPointerException if {@code name} is null
   */
  public static Expr col(String name) {
    return new ColumnRef(name);
  }

  /**
   * A constant, its dtype taken from its Java class: String or Character is object; Long, Integer,
   * Short or Byte is int64; Double or Float is float64 (a Float is widened as is, so {@code 0.1f} is
   * {@code 0.10000000149011612}); Boolean is bool; {@link java.time.LocalDateTime} is datetime64.
   * The methods of {@link Expr} make their constant arguments the same way.
   *
   * @param value the constant; there is no missing literal (test with {@link Expr#isnull()}, replace
   *     with {@link Expr#fillna})
   * @return the literal expression
   * @throws IllegalArgumentException if {@code value} is null or of another class (e.g.
   *     {@code BigDecimal}, {@code LocalDate})
   */
  public static Expr lit(Object value) {
    return Literal.of(value);
  }

  /**
   * pandas' {@code to_datetime(expr)} of ISO 8601 text ({@code 2012-01-31}, {@code 2012-01-31 10:30},
   * {@code 2012-01-31T10:30:00.5+01:00}, ...; see {@link org.beamframe.expr.datetime.Iso8601}),
   * failing on a value of another shape with a hint at its format: unlike pandas, BeamFrame does not
   * guess day/month orders. The same as {@code toDatetime(expr, "ISO8601")}.
   *
   * @param expr the text to parse
   * @return the datetime64 expression
   */
  public static Expr toDatetime(Expr expr) {
    return toDatetime(expr, StrftimeFormat.ISO8601, Errors.RAISE);
  }

  /**
   * pandas' {@code to_datetime(expr, errors=...)} of ISO 8601 text; see {@link #toDatetime(Expr)}.
   *
   * @param expr the text to parse
   * @param errors what to do with a value that is not ISO 8601
   * @return the datetime64 expression
   */
  public static Expr toDatetime(Expr expr, Errors errors) {
    return toDatetime(expr, StrftimeFormat.ISO8601, errors);
  }

  /**
   * pandas' {@code to_datetime(expr, format=...)}, failing on a value that does not parse. The same
   * as {@link #toDatetime(Expr, String, Errors)} with {@link Errors#RAISE}.
   *
   * @param expr the values to parse: object text, or int64/float64 numbers such as {@code 1062006}
   * @param format a strftime format, e.g. {@code "%m%d%Y"}; see {@link #toDatetime(Expr, String, Errors)}
   * @return the datetime64 expression
   * @throws IllegalArgumentException if {@code format} has an unsupported directive or no year
   */
  public static Expr toDatetime(Expr expr, String format) {
    return new ToDatetime(expr, format, Errors.RAISE);
  }

  /**
   * pandas' {@code to_datetime(expr, format=..., errors=...)}, giving datetime64 (a
   * {@link java.time.LocalDateTime}, no time zone).
   *
   * <p>The format takes {@code %Y %y %m %d %H %M %S %%} and literal characters, and must have a
   * year; it is checked here, not when the pipeline runs. Text is parsed as pandas parses it with a
   * format (Python's strptime): {@code %m %d %H %M %S} take one or two digits ({@code "1/6/2006"}
   * matches {@code "%m/%d/%Y"}, {@code "1062006"} matches {@code "%m%d%Y"} as October 6th), the
   * whole text must match, blanks are not trimmed; see {@link StrftimeFormat}. Fields not in the format default to January 1st,
   * midnight; {@code %y} reads 69-99 as 1969-1999 and 00-68 as 2000-2068, as Python does. A number
   * is written as an integer and zero-padded to the format's width first, so an MMDDYYYY date that
   * lost its leading zero ({@code 1062006}, or {@code 1062006.0} read as float64) is 2006-01-06; a
   * negative or fractional number does not match. {@code "ISO8601"}, as in pandas 2, parses any
   * ISO 8601 text as {@link #toDatetime(Expr)} does.
   *
   * <p>A missing value stays missing (NaT); datetime64 input is returned as is; bool input fails at
   * type-check. A value that does not match (including an impossible date such as February 30th)
   * either fails the run with a {@link ValueConversionException} naming it ({@link Errors#RAISE}) or
   * becomes missing and is counted in the run's coerced-values count ({@link Errors#COERCE}).
   *
   * @param expr the values to parse: object text, or int64/float64 numbers
   * @param format a strftime format, e.g. {@code "%m%d%Y"} or {@code "%Y-%m-%d %H:%M:%S"}, or {@code "ISO8601"}
   * @param errors what to do with a value that does not match the format
   * @return the datetime64 expression
   * @throws IllegalArgumentException if {@code format} has an unsupported directive, a trailing
   *     {@code %} or no year
   * @throws NullPointerException if an argument is null
   */
  public static Expr toDatetime(Expr expr, String format, Errors errors) {
    return new ToDatetime(expr, format, errors);
  }

  /**
   * pandas' {@code to_numeric(expr, errors=...)}. Object text becomes float64, always: unlike pandas,
   * a column of integer text is float64 too, since the dtype must be known before any value is
   * read. int64 and float64 pass through unchanged, bool becomes int64 0/1, datetime64 fails at
   * type-check.
   *
   * <p>Text is parsed as decimal notation ({@code 12}, {@code -1.5}, {@code .5}, {@code 1e-3}),
   * surrounding blanks ignored; {@code inf} and {@code infinity} (any case, optionally signed) are
   * infinities, and {@code nan} is missing. Anything else (empty text, thousands separators, hex,
   * {@code 1d}) is not a number: it either fails the run with a {@link ValueConversionException}
   * naming the value ({@link Errors#RAISE}) or becomes missing and is counted in the run's
   * coerced-values count ({@link Errors#COERCE}). A missing value stays missing and is not counted.
   *
   * @param expr the values to convert
   * @param errors what to do with text that is not a number
   * @return the numeric expression
   */
  public static Expr toNumeric(Expr expr, Errors errors) {
    return new ToNumeric(expr, errors);
  }

  /** An expression as is, or any other value as a literal. */
  static Expr asExpr(Object value) {
    return value instanceof Expr expr ? expr : Literal.of(value);
  }
}
