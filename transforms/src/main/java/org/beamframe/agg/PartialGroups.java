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

  /** The accumulator of {@code key}'s group, created empty on first use. */
  public AggAccumulator accumulatorOf(GroupKey key, Aggregator aggregator) {
    AggAccumulator acc = groups.get(key);
    if (acc == null) {
      acc = aggregator.create();
      groups.put(key, acc);
    }
    return acc;
  }

  /** Adds {@code acc} as the partial aggregate of {@code key}, merging it with one already there; takes {@code acc} over. */
  public void merge(GroupKey key, AggAccumulator acc, Aggregator aggregator) {
    AggAccumulator existing = groups.putIfAbsent(key, acc);
    if (existing != null) {
      aggregator.merge(existing, acc);
    }
  }

  /** Merges every group of {@code other} into this; {@code other} is left as it was. */
  public void mergeAll(PartialGroups other, Aggregator aggregator) {
    other.groups.forEach((key, acc) -> aggregator.merge(accumulatorOf(key, aggregator), acc));
  }

  /** Each group's key values (in key order; not to be changed) and accumulator. */
  public void forEach(BiConsumer<Object[], AggAccumulator> action) {
    groups.forEach((key, acc) -> action.accept(key.values(), acc));
  }

  /** Each group's key values and accumulator, in pandas' order of a group-by's result ({@link KeyOrder}). */
  public void forEachInKeyOrder(BiConsumer<Object[], AggAccumulator> action) {
    GroupKey[] keys = groups.keySet().toArray(new GroupKey[0]);
    Arrays.sort(keys, (a, b) -> KeyOrder.compare(a.values(), b.values()));
    for (GroupKey key : keys) {
      action.accept(key.values(), groups.get(key));
    }
  }

  public Collection<AggAccumulator> accumulators() {
    return Collections.unmodifiableCollection(groups.values());
  }

  public int size() {
    return groups.size();
  }
}
