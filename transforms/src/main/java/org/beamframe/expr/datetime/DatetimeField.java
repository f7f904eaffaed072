package org.beamframe.expr.datetime;

import java.time.LocalDateTime;

/** The parts of a date-time that the {@code .dt} accessor exposes. */
public enum DatetimeField {
  YEAR,
  MONTH,
  DAY,
  HOUR,
  MINUTE,
  SECOND,
  /** Monday is 0, Sunday 6, as pandas. */
  DAYOFWEEK,
  QUARTER;

  long of(LocalDateTime value) {
    return switch (this) {
      case YEAR -> value.getYear();
      case MONTH -> value.getMonthValue();
      case DAY -> value.getDayOfMonth();
      case HOUR -> value.getHour();
      case MINUTE -> value.getMinute();
      case SECOND -> value.getSecond();
      case DAYOFWEEK -> value.getDayOfWeek().getValue() - 1;
      case QUARTER -> (value.getMonthValue() - 1) / 3 + 1;
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
