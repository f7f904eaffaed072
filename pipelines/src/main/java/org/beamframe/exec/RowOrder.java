package org.beamframe.exec;

import java.util.Comparator;
import java.util.List;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * pandas' {@code sort_values} order of rows held here: by each key in turn (see {@link SortKey#compare}),
 * missing values last whatever the direction.
 */
public final class RowOrder {
  private RowOrder() {}

  /**
   * The comparator of rows laid out as {@code schema}, by {@code keys}; rows equal on every key compare
   * as equal, so a stable sort keeps their order.
   *
   * @param schema the rows' columns, to find each key's position
   * @param keys the sort keys, first key first; empty compares all rows as equal
   * @return a comparator of rows given as value lists in schema order
   * @throws org.beamframe.types.ColumnNotFoundException if a key's column is not in {@code schema}
   */
  public static Comparator<List<Object>> of(FrameSchema schema, List<SortKey> keys) {
    Comparator<List<Object>> order = (a, b) -> 0;
    for (SortKey key : keys) {
      int index = schema.indexOf(key.column());
      order = order.thenComparing((a, b) -> key.compare(a.get(index), b.get(index)));
    }
    return order;
  }
}
