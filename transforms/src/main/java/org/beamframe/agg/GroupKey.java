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

  /**
   * The key of the group with {@code values}; the array is kept, not copied.
   *
   * @param values the key values in key order, null for a missing value; not to be changed afterwards
   */
  public GroupKey(Object[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] = canonical(values[i]);
    }
    this.values = values;
    this.hash = hash(values);
  }

  /**
   * The value a group key holds for {@code value}: -0.0 is 0.0, as pandas puts both in one group
   * (Java's {@code Double.equals} tells them apart), and NaN is missing, as in pandas (rows from a
   * CSV file never hold NaN, rows from memory or a PCollection may). Every other value is itself.
   *
   * @param value a key value, null for a missing one
   * @return the value to group by, null for a missing one
   */
  public static Object canonical(Object value) {
    if (value instanceof Double number) {
      return number.isNaN() ? null : number == 0.0 ? (Object) 0.0 : number;
    }
    return value;
  }

  /**
   * The key's hash, the same on every worker (it depends only on the values): also its shuffle partition's.
   *
   * @param values the key values in key order, null for a missing value
   * @return the mixed hash of the values, equal to {@code new GroupKey(values).hashCode()}
   */
  public static int hash(Object[] values) {
    int h = values.length;
    for (Object value : values) {
      h = mix(h * 0x9E3779B9 + mix(Objects.hashCode(canonical(value))));
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

  /**
   * The values, in key order; not to be changed.
   *
   * @return the key's own array, not a copy
   */
  public Object[] values() {
    return values;
  }

  /** The hash computed by {@link #hash(Object[])} when the key was made. */
  @Override
  public int hashCode() {
    return hash;
  }

  /** Equal to another key with equal values in the same order (nulls equal to each other). */
  @Override
  public boolean equals(Object other) {
    return other instanceof GroupKey key && key.hash == hash && Arrays.equals(key.values, values);
  }

  /** The values as a list, e.g. {@code [2006, AL, MOBILE]}. */
  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
