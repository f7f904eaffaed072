package org.beamframe.types;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One column of a result's order, as pandas' {@code sort_values(by, ascending)}: by the values'
 * natural order, or, like pandas' ordered {@code Categorical}, by the position of each value in a
 * list of categories. Missing values (and values not among the categories) sort last in either
 * direction (see {@link NullsLastOrder}). It prints as {@code column}, {@code column desc} or
 * {@code column in [a, b, ...]}.
 *
 * @param column the column to sort by
 * @param ascending true for ascending order, false for descending
 * @param categories the values in the order wanted; empty for the values' natural order
 * @serial exclude
 */
public record SortKey(String column, boolean ascending, List<Object> categories) implements Serializable {
  /**
   * Checks the parts; copies the categories.
   *
   * @param column the column to sort by
   * @param ascending true for ascending order, false for descending
   * @param categories the values in the order wanted; empty for natural order
   * @throws NullPointerException if {@code column} or {@code categories} (or one of them) is null
   */
  public SortKey {
    Objects.requireNonNull(column, "column");
    categories = List.copyOf(categories);
  }

  /**
   * A column in its values' natural order.
   *
   * @param column the column to sort by
   * @param ascending true for ascending order, false for descending
   */
  public SortKey(String column, boolean ascending) {
    this(column, ascending, List.of());
  }

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

  /**
   * pandas' ordered {@code Categorical}: rows in the order of their value in {@code categories}.
   *
   * @param column the column to sort by
   * @param categories its values in the order wanted
   * @return the sort key, ascending
   */
  public static SortKey inOrder(String column, List<?> categories) {
    return new SortKey(column, true, List.copyOf(categories));
  }

  /**
   * Negative, zero or positive as {@code a} sorts before, with or after {@code b} under this key.
   *
   * @param a a value of the column, or null for missing
   * @param b another value of the same column, or null for missing
   * @return negative if {@code a} comes first, positive if {@code b} does, zero if they tie
   * @throws ClassCastException if the values are not comparable with each other
   */
  public int compare(Object a, Object b) {
    if (categories.isEmpty()) {
      return NullsLastOrder.compare(a, b, ascending);
    }
    return NullsLastOrder.compare(rank(a), rank(b), ascending);
  }

  /** The value's position among the categories; null (last) for missing or another value. */
  private Integer rank(Object value) {
    int position = value == null ? -1 : categories.indexOf(value);
    return position < 0 ? null : position;
  }

  @Override
  public String toString() {
    if (!categories.isEmpty()) {
      return column + " in " + categories + (ascending ? "" : " desc");
    }
    return ascending ? column : column + " desc";
  }
}
