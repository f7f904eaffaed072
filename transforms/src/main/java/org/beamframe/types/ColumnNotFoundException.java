package org.beamframe.types;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A column name that does not exist, reported with the closest existing name and the full list. */
public final class ColumnNotFoundException extends IllegalArgumentException {
  private final String column;

  public ColumnNotFoundException(String column, List<String> existing) {
    super(message(column, existing));
    this.column = column;
  }

  public String column() {
    return column;
  }

  private static String message(String column, List<String> existing) {
    StringBuilder text = new StringBuilder("column \"").append(column).append("\" not found");
    String wanted = column.toLowerCase(Locale.ROOT);
    existing.stream()
        .min(Comparator.comparingInt(name -> distance(name.toLowerCase(Locale.ROOT), wanted)))
        .filter(best -> {
          int edits = distance(best.toLowerCase(Locale.ROOT), wanted);
          return edits < column.length() && edits <= Math.max(1, column.length() / 3);
        })
        .ifPresent(best -> text.append("; did you mean ").append(best).append('?'));
    return text.append(" columns are ").append(existing).toString();
  }

  /** Levenshtein distance; names are short, so the quadratic table is fine. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
