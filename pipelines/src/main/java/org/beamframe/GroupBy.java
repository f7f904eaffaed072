package org.beamframe;

import java.util.List;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.plan.AggregateNode;

/**
 * {@code df.groupby(keys)}: nothing happens until aggregations are chosen and the result computed.
 *
 * <p>Made by {@link DataFrame#groupby} or {@link DataFrame#groupbyKeepingNullKeys}. Each
 * aggregation returns a lazy {@link DataFrame} with one row per distinct key: the key columns
 * first, then one column per aggregation, sorted by the keys when computed or written. Keys may
 * have any dtype; float64 keys group as pandas groups them (-0.0 and 0.0 are one group, shown as 0.0).
 *
 * <pre>{@code
 * df.groupby("year", "BUYER_STATE").agg(AggSpec.sum("DOSAGE_UNIT").as("pills"), AggSpec.count("TRANSACTION_ID"));
 * df.groupby("year").col("DOSAGE_UNIT").max();
 * }</pre>
 */
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

  /**
   * Named aggregations, as pandas' {@code .agg(total=("x", "sum"), ...)}: {@code agg(AggSpec.sum("x").as("total"))}.
   *
   * @param aggregations the aggregations, at least one, each naming its output column
   * @return the lazy result: keys, then one column per aggregation in the order given
   * @throws IllegalArgumentException if none is given, a column is unknown, a
   *     function does not apply to its column's dtype, or two output columns share a name
   */
  public DataFrame agg(AggSpec... aggregations) {
    return new DataFrame(new AggregateNode(frame.plan(), keys, List.of(aggregations), dropNullKeys));
  }

  /**
   * pandas' {@code groupby(...).size()}: rows per group, nulls included, in a column named "size".
   *
   * @return the lazy result: keys, then "size" (int64)
   * @throws IllegalArgumentException if a key is named "size"
   */
  public DataFrame size() {
    return agg(new AggSpec("size", AggFunction.SIZE, keys.get(0)));
  }

  /**
   * One column of the groups: {@code groupby(...).col("x").sum()}.
   *
   * @param name the column to aggregate
   * @return the grouped column
   * @throws IllegalArgumentException if there is no such column
   */
  public GroupedColumn col(String name) {
    frame.schema().indexOf(name);
    return new GroupedColumn(this, name);
  }
}
