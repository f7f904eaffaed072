package org.beamframe.expr.datetime;

import java.util.Arrays;
import java.util.stream.Collectors;
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

  public Expr hour() {
    return new DatetimePart(input, DatetimeField.HOUR);
  }

  public Expr minute() {
    return new DatetimePart(input, DatetimeField.MINUTE);
  }

  public Expr second() {
    return new DatetimePart(input, DatetimeField.SECOND);
  }

  /** Monday is 0, Sunday 6. */
  public Expr dayofweek() {
    return new DatetimePart(input, DatetimeField.DAYOFWEEK);
  }

  public Expr quarter() {
    return new DatetimePart(input, DatetimeField.QUARTER);
  }

  /** The calendar date, as object text (pandas gives date objects, written as 2012-01-15). */
  public Expr date() {
    return new DateOf(input);
  }

  /** The part named as pandas names it ("year", "dayofweek", "date", ...), or an error listing them. */
  public Expr part(String name) {
    if (name.equals("date")) {
      return date();
    }
    for (DatetimeField field : DatetimeField.values()) {
      if (field.toString().equals(name)) {
        return new DatetimePart(input, field);
      }
    }
    throw new IllegalArgumentException("no .dt." + name + "; BeamFrame has "
        + Arrays.stream(DatetimeField.values()).map(field -> ".dt." + field).collect(Collectors.joining(", "))
        + ", .dt.date");
  }
}
