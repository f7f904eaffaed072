package org.beamframe.expr.datetime;

import java.time.LocalDateTime;

/** The parts of a date-time that the {@code .dt} accessor exposes. */
public enum DatetimeField {
  YEAR,
  MONTH,
  DAY;

  long of(LocalDateTime value) {
    return switch (this) {
      case YEAR -> value.getYear();
      case MONTH -> value.getMonthValue();
      case DAY -> value.getDayOfMonth();
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
