package org.beamframe.types;

/** pandas' {@code sort_values} order of two values of one column: missing values last, whatever the direction. */
public final class NullsLastOrder {
  private NullsLastOrder() {}

  /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int compare(Object a, Object b, boolean ascending) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    int order = ((Comparable) a).compareTo(b);
    return ascending ? order : -order;
  }
}
