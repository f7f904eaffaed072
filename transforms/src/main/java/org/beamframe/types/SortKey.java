package org.beamframe.types;

/**
 * One column of a result's order, as pandas' {@code sort_values(by, ascending)}. Missing values sort
 * last in either direction (see {@link NullsLastOrder}). It prints as {@code column} or
 * {@code column desc}.
 *
 * @param column the column to sort by
 * @param ascending true for ascending order, false for descending
 */
public record SortKey(String column, boolean ascending) {
  /**
   * Ascending order of a column.
   *
   * @param column the column to sort by
   * @return the sort key
   */
  public static SortKey ascending(String column) {
    return new SortKey(column, true);
  }

  /**
   * Descending order of a column.
   *
   * @param column the column to sort by
   * @return the sort key
   */
  public static SortKey descending(String column) {
    return new SortKey(column, false);
  }

  @Override
  public String toString() {
    return ascending ? column : column + " desc";
  }
}
