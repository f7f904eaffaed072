package org.beamframe.types;

/** pandas' {@code sort_values} order of two values of one column: missing values last, whatever the direction. */
public final class NullsLastOrder {
  private NullsLastOrder() {}

  /**
   * Negative, zero or positive as {@code a} sorts before, with or after {@code b}. Two missing values
   * tie; non-missing values compare by their natural order (text by {@link String#compareTo}), which
   * {@code ascending == false} reverses.
   *
   * @param a a value of the column, or null for missing
   * @param b another value of the same column, or null for missing
   * @param ascending whether the column sorts in ascending order
   * @return negative if {@code a} comes first, positive if {@code b} does, zero if they tie
   * @throws ClassCastException if the values are not comparable with each other
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int compare(Object a, Object b, boolean ascending) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    int order = ((Comparable) a).compareTo(b);
    return ascending ? order : -order;
  }
}
