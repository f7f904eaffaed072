package org.beamframe.expr.datetime;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.beamframe.expr.Expr;

/**
 * pandas' {@code .dt}: {@code col("date").dt().year()}. Made by {@link Expr#dt()}; each method
 * returns a new expression over the accessor's input, which must be datetime64 (checked at
 * type-check, with a hint to use {@code to_datetime}). The parts are int64 and a missing value
 * (NaT) gives a missing part, where pandas would switch the column to float64 with NaN.
 */
public final class DatetimeAccessor {
  private final Expr input;

  /**
   * An accessor over {@code input}; {@link Expr#dt()} is the usual way to get one.
   *
   * @param input a datetime64 expression
   */
  public DatetimeAccessor(Expr input) {
    this.input = input;
  }

  /**
   * pandas' {@code .dt.year}: the year, e.g. 2012, int64; NaT gives a missing value.
   *
   * @return the int64 part expression
   */
  public Expr year() {
    return new DatetimePart(input, DatetimeField.YEAR);
  }

  /**
   * pandas' {@code .dt.month}: the month, 1 (January) to 12, int64; NaT gives a missing value.
   *
   * @return the int64 part expression
   */
  public Expr month() {
    return new DatetimePart(input, DatetimeField.MONTH);
  }

  /**
   * pandas' {@code .dt.day}: the day of the month, 1 to 31, int64; NaT gives a missing value.
   *
   * @return the int64 part expression
   */
  public Expr day() {
    return new DatetimePart(input, DatetimeField.DAY);
  }

  /**
   * pandas' {@code .dt.hour}: the hour, 0 to 23, int64; NaT gives a missing value.
   *
   * @return the int64 part expression
   */
  public Expr hour() {
    return new DatetimePart(input, DatetimeField.HOUR);
  }

  /**
   * pandas' {@code .dt.minute}: the minute, 0 to 59, int64; NaT gives a missing value.
   *
   * @return the int64 part expression
   */
  public Expr minute() {
    return new DatetimePart(input, DatetimeField.MINUTE);
  }

  /**
   * pandas' {@code .dt.second}: the second, 0 to 59, int64; NaT gives a missing value.
   *
   * @return the int64 part expression
   */
  public Expr second() {
    return new DatetimePart(input, DatetimeField.SECOND);
  }

  /**
   * pandas' {@code .dt.microsecond}: the microseconds within the second, 0 to 999999, int64; NaT gives a missing value.
   *
   * @return the int64 part expression
   */
  public Expr microsecond() {
    return new DatetimePart(input, DatetimeField.MICROSECOND);
  }

  /**
   * pandas' {@code .dt.nanosecond}: the nanoseconds within the microsecond, 0 to 999, int64; NaT gives a missing value.
   *
   * @return the int64 part expression
   */
  public Expr nanosecond() {
    return new DatetimePart(input, DatetimeField.NANOSECOND);
  }

  /**
   * pandas' {@code .dt.dayofweek}: Monday is 0, Sunday 6. int64; NaT gives a missing value.
   *
   * @return the int64 day-of-week expression
   */
  public Expr dayofweek() {
    return new DatetimePart(input, DatetimeField.DAYOFWEEK);
  }

  /**
   * pandas' {@code .dt.quarter}: the quarter of the year, 1 (January to March) to 4, int64; NaT gives a missing value.
   *
   * @return the int64 part expression
   */
  public Expr quarter() {
    return new DatetimePart(input, DatetimeField.QUARTER);
  }

  /**
   * The calendar date, as object text (pandas gives date objects, written as 2012-01-15).
   * NaT gives a missing value.
   *
   * @return the object (text) date expression
   */
  public Expr date() {
    return new DateOf(input);
  }

  /**
   * The part named as pandas names it ("year", "dayofweek", "date", ...), or an error listing them.
   * Used by the query and eval parser for {@code x.dt.NAME}.
   *
   * @param name a part name, lower case: year, month, day, hour, minute, second, microsecond,
   *     nanosecond, dayofweek, quarter or date
   * @return the same expression as the method of that name
   * @throws IllegalArgumentException if no part has that name; the message lists them
   */
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
