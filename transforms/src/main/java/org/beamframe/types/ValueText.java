package org.beamframe.types;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How a value is written as CSV text, as pandas' {@code to_csv} writes it: missing is empty. */
public final class ValueText {
  private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private ValueText() {}

  /**
   * The CSV text of a value: empty for missing, {@code True}/{@code False} for bool, datetimes as
   * {@code 2012-01-15 00:00:00} (whole seconds), anything else by its {@code toString()}. A float64 is
   * written as Java prints a double: {@code 1.0} as pandas does, but {@code 1.0E7} where pandas writes
   * {@code 10000000.0}.
   *
   * @param value a value of any dtype, or null for missing
   * @return the text, never null
   */
  public static String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDateTime dateTime) {
      return DATETIME.format(dateTime);
    }
    if (value instanceof Boolean flag) {
      return flag ? "True" : "False";
    }
    return value.toString();
  }
}
