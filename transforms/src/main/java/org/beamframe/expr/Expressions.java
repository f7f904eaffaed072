package org.beamframe.expr;

import org.beamframe.expr.datetime.ToDatetime;
import org.beamframe.expr.num.ToNumeric;

/** Terse static factories, to be imported statically: {@code col("x").mul(lit(2))}. */
public final class Expressions {
  private Expressions() {}

  public static Expr col(String name) {
    return new ColumnRef(name);
  }

  public static Expr lit(Object value) {
    return Literal.of(value);
  }

  /** pandas' {@code to_datetime(expr, format=...)}, failing on a value that does not parse. */
  public static Expr toDatetime(Expr expr, String format) {
    return new ToDatetime(expr, format, Errors.RAISE);
  }

  /** pandas' {@code to_datetime(expr, format=..., errors=...)}. */
  public static Expr toDatetime(Expr expr, String format, Errors errors) {
    return new ToDatetime(expr, format, errors);
  }

  /** pandas' {@code to_numeric(expr, errors=...)}. */
  public static Expr toNumeric(Expr expr, Errors errors) {
    return new ToNumeric(expr, errors);
  }

  /** An expression as is, or any other value as a literal. */
  static Expr asExpr(Object value) {
    return value instanceof Expr expr ? expr : Literal.of(value);
  }
}
