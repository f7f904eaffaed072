package org.beamframe.agg;

import java.util.function.ObjIntConsumer;

/**
 * One worker's partial groups, spread over shuffle partitions by key hash, with a budget: once it
 * holds that many groups it is full and is to be drained (handed on), so the worker's memory stays
 * bounded for any number of groups. Mutable, for one thread.
 */
public final class WorkerTable {
  private final PartialGroups[] byPartition;
  private final long budget;
  private final long groupLimit;
  private long groups;

  /**
   * A table spread over {@code partitions} partitions, full at {@code budget} groups.
   *
   * @param partitions the number of shuffle partitions, at least 1
   * @param budget the number of groups at which the table is full, at least 1
   * @throws IllegalArgumentException if {@code partitions} or {@code budget} is below 1
   */
  public WorkerTable(int partitions, long budget) {
    this(partitions, budget, Long.MAX_VALUE);
  }

  /**
   * As {@link #WorkerTable(int, long)}, for a result of at most {@code groupLimit} rows, one per
   * group: a table holding more groups than that proves the result too large, and says so at once
   * (a table flushed at its budget first cannot tell, so this needs a budget above the limit).
   *
   * @param partitions the number of shuffle partitions, at least 1
   * @param budget the number of groups at which the table is full, at least 1
   * @param groupLimit the most rows the result may have
   * @throws IllegalArgumentException if {@code partitions} or {@code budget} is below 1
   */
  public WorkerTable(int partitions, long budget, long groupLimit) {
    if (partitions < 1 || budget < 1) {
      throw new IllegalArgumentException("a worker table needs at least one partition and a budget of at least one group");
    }
    this.byPartition = new PartialGroups[partitions];
    this.budget = budget;
    this.groupLimit = groupLimit;
  }

  /**
   * The accumulator of {@code key}'s group, created empty on first use, in the partition of the
   * key's hash.
   *
   * @param key the group's key
   * @param aggregator makes the empty accumulator of a new group
   * @return the group's accumulator, to be updated in place
   * @throws TooManyGroupsException if the new group takes the table past the group limit
   */
  public AggAccumulator accumulatorOf(GroupKey key, Aggregator aggregator) {
    int partition = byPartition.length == 1 ? 0 : Math.floorMod(key.hashCode(), byPartition.length);
    PartialGroups table = byPartition[partition];
    if (table == null) {
      table = new PartialGroups();
      byPartition[partition] = table;
    }
    int before = table.size();
    AggAccumulator acc = table.accumulatorOf(key, aggregator);
    groups += table.size() - before;
    if (groups > groupLimit) {
      throw new TooManyGroupsException(groupLimit);
    }
    return acc;
  }

  /**
   * Whether the table holds its budget of groups, so the caller should {@link #drain} it.
   *
   * @return true once the table holds at least its budget of groups
   */
  public boolean full() {
    return groups >= budget;
  }

  /**
   * Hands each partition's groups (skipping empty ones) to {@code out} with its number, and starts empty.
   *
   * @param out receives each non-empty partition's groups, which it then owns, and the partition's number
   */
  public void drain(ObjIntConsumer<PartialGroups> out) {
    for (int partition = 0; partition < byPartition.length; partition++) {
      if (byPartition[partition] != null) {
        PartialGroups groups = byPartition[partition];
        byPartition[partition] = null;
        out.accept(groups, partition);
      }
    }
    groups = 0;
  }
}
