package org.beamframe.types;

/** One column of a result's order, as pandas' {@code sort_values(by, ascending)}. */
public record SortKey(String column, boolean ascending) {
  public static SortKey ascending(String column) {
    return new SortKey(column, true);
  }

  public static SortKey descending(String column) {
    return new SortKey(column, false);
  }

  @Override
  public String toString() {
    return ascending ? column : column + " desc";
  }
}
