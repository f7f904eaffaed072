package org.beamframe.agg;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Partial aggregates by group key, as one worker's table, or one partition of the shuffle, holds
 * them. Keys are the group's values in key order. Mutable, for one thread.
 */
public final class PartialGroups {
  private final Map<GroupKey, AggAccumulator> groups = new HashMap<>();

  /**
   * The accumulator of {@code key}'s group, created empty on first use.
   *
   * @param key the group's key
   * @param aggregator makes the empty accumulator of a new group
   * @return the group's accumulator, to be updated in place
   */
  public AggAccumulator accumulatorOf(GroupKey key, Aggregator aggregator) {
    AggAccumulator acc = groups.get(key);
    if (acc == null) {
      acc = aggregator.create();
      groups.put(key, acc);
    }
    return acc;
  }

  /**
   * Adds {@code acc} as the partial aggregate of {@code key}, merging it with one already there; takes {@code acc} over.
   *
   * @param key the group's key
   * @param acc a partial aggregate of the group; the caller no longer uses it
   * @param aggregator merges it with the group's existing partial aggregate
   */
  public void merge(GroupKey key, AggAccumulator acc, Aggregator aggregator) {
    AggAccumulator existing = groups.putIfAbsent(key, acc);
    if (existing != null) {
      aggregator.merge(existing, acc);
    }
  }

  /**
   * Merges every group of {@code other} into this; {@code other} is left as it was.
   *
   * @param other partial groups of the same aggregations
   * @param aggregator creates and merges the accumulators
   */
  public void mergeAll(PartialGroups other, Aggregator aggregator) {
    other.groups.forEach((key, acc) -> aggregator.merge(accumulatorOf(key, aggregator), acc));
  }

  /**
   * Each group's key values (in key order; not to be changed) and accumulator.
   *
   * @param action called once per group, in no particular order
   */
  public void forEach(BiConsumer<Object[], AggAccumulator> action) {
    groups.forEach((key, acc) -> action.accept(key.values(), acc));
  }

  /**
   * Each group's key values and accumulator, in pandas' order of a group-by's result ({@link KeyOrder}).
   *
   * @param action called once per group, in key order
   */
  public void forEachInKeyOrder(BiConsumer<Object[], AggAccumulator> action) {
    GroupKey[] keys = groups.keySet().toArray(new GroupKey[0]);
    Arrays.sort(keys, (a, b) -> KeyOrder.compare(a.values(), b.values()));
    for (GroupKey key : keys) {
      action.accept(key.values(), groups.get(key));
    }
  }

  /**
   * The groups' accumulators, without their keys.
   *
   * @return an unmodifiable view, in no particular order
   */
  public Collection<AggAccumulator> accumulators() {
    return Collections.unmodifiableCollection(groups.values());
  }

  /**
   * The number of groups.
   *
   * @return how many groups the table holds
   */
  public int size() {
    return groups.size();
  }
}
