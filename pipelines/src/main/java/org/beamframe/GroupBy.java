package org.beamframe;

import java.util.List;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.plan.AggregateNode;

/** {@code df.groupby(keys)}: nothing happens until aggregations are chosen and the result computed. */
public final class GroupBy {
  private final DataFrame frame;
  private final List<String> keys;
  private final boolean dropNullKeys;

  GroupBy(DataFrame frame, List<String> keys, boolean dropNullKeys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("groupby needs at least one key column");
    }
    keys.forEach(frame.schema()::indexOf);
    this.frame = frame;
    this.keys = List.copyOf(keys);
    this.dropNullKeys = dropNullKeys;
  }

  /** Named aggregations, as pandas' {@code .agg(total=("x", "sum"), ...)}: {@code agg(AggSpec.sum("x").as("total"))}. */
  public DataFrame agg(AggSpec... aggregations) {
    return new DataFrame(new AggregateNode(frame.plan(), keys, List.of(aggregations), dropNullKeys));
  }

  /** pandas' {@code groupby(...).size()}: rows per group, nulls included, in a column named "size". */
  public DataFrame size() {
    return agg(new AggSpec("size", AggFunction.SIZE, keys.get(0)));
  }

  /** One column of the groups: {@code groupby(...).col("x").sum()}. */
  public GroupedColumn col(String name) {
    frame.schema().indexOf(name);
    return new GroupedColumn(this, name);
  }
}
