package org.beamframe.types;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How a value is written as CSV text, as pandas' {@code to_csv} writes it: missing is empty. */
public final class ValueText {
  private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private ValueText() {}

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
