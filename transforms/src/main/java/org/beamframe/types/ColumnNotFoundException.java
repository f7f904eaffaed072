package org.beamframe.types;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A column name that does not exist, reported with the closest existing name and the full list:
 * {@code column "BUYER_CNTY" not found; did you mean BUYER_COUNTY? columns are [...]}. The
 * suggestion ignores case and is made only for a name a few edits away.
 */
public final class ColumnNotFoundException extends IllegalArgumentException {
  /** The name that was not found. */
  private final String column;

  /**
   * Creates the exception and its message.
   *
   * @param column the name that was asked for
   * @param existing the names that do exist, in schema order
   */
  public ColumnNotFoundException(String column, List<String> existing) {
    super(message(column, existing));
    this.column = column;
  }

  /**
   * The name that was not found.
   *
   * @return the column name as asked for
   */
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
