package org.beamframe.exec;

import java.util.Comparator;
import java.util.List;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.NullsLastOrder;
import org.beamframe.types.SortKey;

/** pandas' {@code sort_values} order of rows held here: by each key in turn, missing values last whatever the direction. */
public final class RowOrder {
  private RowOrder() {}

  public static Comparator<List<Object>> of(FrameSchema schema, List<SortKey> keys) {
    Comparator<List<Object>> order = (a, b) -> 0;
    for (SortKey key : keys) {
      int index = schema.indexOf(key.column());
      boolean ascending = key.ascending();
      order = order.thenComparing((a, b) -> NullsLastOrder.compare(a.get(index), b.get(index), ascending));
    }
    return order;
  }
}
