package org.beamframe.expr.datetime;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A strftime format made only of %Y, %m, %d, %H, %M, %S (each at most once) and literal
 * characters, parsed by position: the same results as the strict formatter {@link StrftimeFormat}
 * builds (fixed-width ASCII digits, missing fields default to January 1st, midnight; out-of-range
 * values are no match), several times faster on a column of millions of dates.
 */
final class DigitLayout {
  private static final int YEAR = 0;
  private static final int MONTH = 1;
  private static final int DAY = 2;
  private static final int HOUR = 3;
  private static final int MINUTE = 4;
  private static final int SECOND = 5;
  private static final int LITERAL = -1;

  /** Per character of a matching text: the field whose digit it is, or LITERAL. */
  private final int[] fieldAt;
  private final String literals;

  private DigitLayout(int[] fieldAt, String literals) {
    this.fieldAt = fieldAt;
    this.literals = literals;
  }

  /** The layout of {@code pattern}, or null if it has a directive this fast path does not cover. */
  static DigitLayout of(String pattern) {
    StringBuilder literals = new StringBuilder();
    List<Integer> fields = new ArrayList<>();
    boolean[] seen = new boolean[6];
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%' || i + 1 == pattern.length()) {
        fields.add(LITERAL);
        literals.append(c);
        continue;
      }
      char directive = pattern.charAt(++i);
      int field = switch (directive) {
        case 'Y' -> YEAR;
        case 'm' -> MONTH;
        case 'd' -> DAY;
        case 'H' -> HOUR;
        case 'M' -> MINUTE;
        case 'S' -> SECOND;
        case '%' -> LITERAL;
        default -> -2;
      };
      if (field == -2 || (field >= 0 && seen[field])) {
        return null;
      }
      if (field == LITERAL) {
        fields.add(LITERAL);
        literals.append('%');
        continue;
      }
      seen[field] = true;
      for (int k = field == YEAR ? 4 : 2; k > 0; k--) {
        fields.add(field);
        literals.append(' ');
      }
    }
    return seen[YEAR] ? new DigitLayout(fields.stream().mapToInt(Integer::intValue).toArray(), literals.toString()) : null;
  }

  LocalDateTime parse(String text) {
    if (text.length() != fieldAt.length) {
      return null;
    }
    int[] values = {0, 1, 1, 0, 0, 0};
    for (int i = 0; i < fieldAt.length; i++) {
      char c = text.charAt(i);
      int field = fieldAt[i];
      if (field == LITERAL) {
        if (c != literals.charAt(i)) {
          return null;
        }
      } else if (c >= '0' && c <= '9') {
        // A field's first digit replaces its default; the following ones append.
        values[field] = (i > 0 && fieldAt[i - 1] == field ? values[field] * 10 : 0) + (c - '0');
      } else {
        return null;
      }
    }
    try {
      return LocalDateTime.of(values[YEAR], values[MONTH], values[DAY], values[HOUR], values[MINUTE], values[SECOND]);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }
}
