package org.beamframe.agg;

import java.util.Arrays;
import java.util.Objects;

/**
 * A group's key values, hashed well: {@code List.hashCode}'s 31-polynomial gives ARCOS's 28,278
 * (year, state, county) keys only 12,976 distinct hashes, so a table of them spends its time in
 * {@code equals}. Each value's hash is mixed (MurmurHash3's finalizer) before it is combined.
 */
public final class GroupKey {
  private final Object[] values;
  private final int hash;

  public GroupKey(Object[] values) {
    this.values = values;
    this.hash = hash(values);
  }

  /** The key's hash, the same on every worker (it depends only on the values): also its shuffle partition's. */
  public static int hash(Object[] values) {
    int h = values.length;
    for (Object value : values) {
      h = mix(h * 0x9E3779B9 + mix(Objects.hashCode(value)));
    }
    return h;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  /** The values, in key order; not to be changed. */
  public Object[] values() {
    return values;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GroupKey key && key.hash == hash && Arrays.equals(key.values, values);
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
