package org.beamframe.expr.num;

/**
 * Strict parsing of decimal number text, as pandas accepts it: {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?},
 * "inf", "infinity" and "nan" in any case with an optional sign, surrounding blanks ignored; no
 * hex, no Java suffixes like "1d". One pass over the characters, no regular expression: this runs
 * for every numeric cell of a read.
 */
public final class NumericText {
  /** Powers of ten that a double holds exactly. */
  private static final double[] EXACT_POWERS_OF_TEN = new double[23];
  /** Up to this many significant digits a long holds them and a double holds the long exactly. */
  private static final int EXACT_DIGITS = 15;

  static {
    double power = 1;
    for (int i = 0; i < EXACT_POWERS_OF_TEN.length; i++) {
      EXACT_POWERS_OF_TEN[i] = power;
      power *= 10;
    }
  }

  private NumericText() {}

  /**
   * The number in {@code text} (surrounding blanks ignored), {@code Double.NaN} for "nan", or
   * {@code null} if the text is not a number.
   *
   * @param text the text to parse, not null
   * @return the nearest double (as {@link Double#parseDouble} gives), an infinity for "inf" or
   *     "infinity", {@code Double.NaN} for "nan", or {@code null} if the text (for example an empty
   *     or blank one) is not a number
   */
  public static Double parseDouble(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return null;
    }
    int i = start;
    boolean negative = text.charAt(i) == '-';
    if (negative || text.charAt(i) == '+') {
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int digits = 0;
    int fractionDigits = 0;
    for (; i < end && isDigit(text.charAt(i)); i++, digits++) {
      significant = accumulate(significant, text.charAt(i));
      mantissa = significant <= EXACT_DIGITS ? mantissa * 10 + (text.charAt(i) - '0') : mantissa;
    }
    if (i < end && text.charAt(i) == '.') {
      for (i++; i < end && isDigit(text.charAt(i)); i++, digits++, fractionDigits++) {
        significant = accumulate(significant, text.charAt(i));
        mantissa = significant <= EXACT_DIGITS ? mantissa * 10 + (text.charAt(i) - '0') : mantissa;
      }
    }
    if (digits == 0) {
      return special(text.substring(start, end));
    }
    int exponent = 0;
    if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      boolean negativeExponent = i < end && text.charAt(i) == '-';
      if (i < end && (negativeExponent || text.charAt(i) == '+')) {
        i++;
      }
      int exponentStart = i;
      for (; i < end && isDigit(text.charAt(i)); i++) {
        exponent = Math.min(exponent * 10 + (text.charAt(i) - '0'), 100_000);
      }
      if (i == exponentStart) {
        return null;
      }
      exponent = negativeExponent ? -exponent : exponent;
    }
    if (i != end) {
      return null;
    }
    int scale = fractionDigits - exponent;
    if (significant <= EXACT_DIGITS && Math.abs(scale) < EXACT_POWERS_OF_TEN.length) {
      // Both operands are exact doubles, and IEEE division and multiplication round correctly:
      // the result is the double nearest the decimal, as Double.parseDouble gives.
      double value = scale >= 0 ? mantissa / EXACT_POWERS_OF_TEN[scale] : mantissa * EXACT_POWERS_OF_TEN[-scale];
      return negative ? -value : value;
    }
    return Double.parseDouble(text.substring(start, end));
  }

  /** The count of significant digits after one more digit (leading zeros are not significant). */
  private static int accumulate(int significant, char digit) {
    return significant == 0 && digit == '0' ? 0 : significant + 1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** "inf", "infinity" and "nan", any case, optionally signed; otherwise null. */
  private static Double special(String trimmed) {
    boolean negative = trimmed.startsWith("-");
    String word = negative || trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
    if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return word.equalsIgnoreCase("nan") ? Double.NaN : null;
  }

  /**
   * The integer in {@code text} (surrounding blanks ignored), or {@code null} if it is not an int64.
   *
   * @param text the text to parse, not null: optional sign and decimal digits only
   * @return the value, or {@code null} for other text (a fraction, an exponent, blank text) or an
   *     integer outside the int64 range
   */
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
