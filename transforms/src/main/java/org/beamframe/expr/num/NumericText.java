package org.beamframe.expr.num;

import java.util.regex.Pattern;

/** Strict parsing of decimal number text, as pandas accepts it: no hex, no Java suffixes like "1d". */
public final class NumericText {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INFINITY = Pattern.compile("[+-]?(?i:inf|infinity)");
  private static final Pattern NAN = Pattern.compile("[+-]?(?i:nan)");

  private NumericText() {}

  /**
   * The number in {@code text} (surrounding blanks ignored), {@code Double.NaN} for "nan", or
   * {@code null} if the text is not a number.
   */
  public static Double parseDouble(String text) {
    String trimmed = text.strip();
    if (DECIMAL.matcher(trimmed).matches()) {
      return Double.parseDouble(trimmed);
    }
    if (INFINITY.matcher(trimmed).matches()) {
      return trimmed.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (NAN.matcher(trimmed).matches()) {
      return Double.NaN;
    }
    return null;
  }

  /** The integer in {@code text} (surrounding blanks ignored), or {@code null} if it is not an int64. */
  public static Long parseLong(String text) {
    String trimmed = text.strip();
    int start = trimmed.startsWith("+") || trimmed.startsWith("-") ? 1 : 0;
    if (trimmed.length() == start || trimmed.length() > 20) {
      return null;
    }
    for (int i = start; i < trimmed.length(); i++) {
      if (trimmed.charAt(i) < '0' || trimmed.charAt(i) > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(trimmed);
    } catch (NumberFormatException outOfRange) {
      return null;
    }
  }
}
