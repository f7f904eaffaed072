package org.beamframe.expr.datetime;

import org.beamframe.expr.Expr;

/** pandas' {@code .dt}: {@code col("date").dt().year()}. */
public final class DatetimeAccessor {
  private final Expr input;

  public DatetimeAccessor(Expr input) {
    this.input = input;
  }

  public Expr year() {
    return new DatetimePart(input, DatetimeField.YEAR);
  }

  public Expr month() {
    return new DatetimePart(input, DatetimeField.MONTH);
  }

  public Expr day() {
    return new DatetimePart(input, DatetimeField.DAY);
  }
}
