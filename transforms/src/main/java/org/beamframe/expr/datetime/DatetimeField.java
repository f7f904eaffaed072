package org.beamframe.expr.datetime;

import java.time.LocalDateTime;

/**
 * The parts of a date-time that the {@code .dt} accessor exposes, each an int64. A constant prints
 * as its pandas name in lower case ({@code dayofweek}).
 */
public enum DatetimeField {
  /** The year, e.g. 2012. */
  YEAR,
  /** The month, 1 (January) to 12. */
  MONTH,
  /** The day of the month, 1 to 31. */
  DAY,
  /** The hour, 0 to 23. */
  HOUR,
  /** The minute, 0 to 59. */
  MINUTE,
  /** The second, 0 to 59. */
  SECOND,
  /** The microseconds within the second, 0 to 999999. */
  MICROSECOND,
  /** The nanoseconds within the microsecond, 0 to 999, as pandas' {@code .dt.nanosecond}. */
  NANOSECOND,
  /** Monday is 0, Sunday 6, as pandas. */
  DAYOFWEEK,
  /** The quarter, 1 (January to March) to 4. */
  QUARTER;

  long of(LocalDateTime value) {
    return switch (this) {
      case YEAR -> value.getYear();
      case MONTH -> value.getMonthValue();
      case DAY -> value.getDayOfMonth();
      case HOUR -> value.getHour();
      case MINUTE -> value.getMinute();
      case SECOND -> value.getSecond();
      case MICROSECOND -> value.getNano() / 1000;
      case NANOSECOND -> value.getNano() % 1000;
      case DAYOFWEEK -> value.getDayOfWeek().getValue() - 1;
      case QUARTER -> (value.getMonthValue() - 1) / 3 + 1;
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
