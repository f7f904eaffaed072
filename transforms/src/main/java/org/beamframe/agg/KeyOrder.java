package org.beamframe.agg;

import org.beamframe.types.NullsLastOrder;

/**
 * pandas' order of a group-by's result: by each key value in turn, ascending, missing values last.
 * Two keys compare equal exactly when they are the same group.
 */
public final class KeyOrder {
  private KeyOrder() {}

  /**
   * Negative, zero or positive as group key {@code a} sorts before, with or after {@code b}.
   *
   * @param a a group's key values, in key order
   * @param b another group's key values, as many as {@code a}'s
   * @return a negative number, zero or a positive number
   */
  public static int compare(Object[] a, Object[] b) {
    for (int i = 0; i < a.length; i++) {
      int order = NullsLastOrder.compare(a[i], b[i], true);
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }
}
