package org.beamframe.agg;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The values of one numeric column, kept for its quantiles in bounded memory, and mergeable, so each
 * worker summarizes its own rows. While fewer than {@code capacity} values were added, every value
 * is kept and {@link #quantiles} are exact: pandas' (numpy's default "linear") interpolation between
 * the two order statistics around rank {@code (n - 1) * p}. Past that, it is a hierarchy of
 * compactors (Manku, Rajagopalan and Lindsay's scheme, as in Agarwal et al.'s mergeable summaries):
 * level {@code h} holds values that each stand for {@code 2^h} input values, and a level that
 * reaches {@code capacity} values is sorted and every other value (alternately the odd and the even
 * ones) moves up a level.
 *
 * <p><b>Error bound.</b> One compaction at level {@code h} moves any value's rank by at most
 * {@code 2^h}, and level {@code h} is compacted at most {@code n / (2^h (capacity - 1))} times, so an
 * approximate order statistic's rank is off by at most {@code L * n / (capacity - 1)}, where
 * {@code L} is the number of levels that were compacted, at most
 * {@code floor(log2(n / capacity)) + 1}. With the default capacity of 16,384: exact up to 16,383
 * values; 10^9 values give {@code L <= 16}, a rank error of at most 0.1 % of n (in practice far less:
 * the alternating halves cancel). <b>Memory</b> is at most {@code capacity} doubles per level at
 * rest (128 KiB at the default), {@code L + 1} levels: about 2.2 MiB for 10^9 values.
 *
 * <p>Missing values (null, NaN) are not added. Mutable; plain Java, the Beam CombineFns delegate here.
 */
public final class QuantileSketch {
  /** The capacity a describe uses: every value of a column with fewer non-missing values is kept. */
  public static final int DEFAULT_CAPACITY = 16_384;

  private final int capacity;
  /** The number of values added (the total weight of all levels). */
  private long count;
  /** Per level h, its values (each standing for 2^h inputs) in the first {@code sizes[h]} slots. */
  private double[][] levels;
  private int[] sizes;
  /** Per level, whether its next compaction keeps the odd (else the even) positions; alternates. */
  private boolean[] keepOdd;

  /**
   * An empty sketch.
   *
   * @param capacity values a level holds before it is compacted; every value is kept while fewer
   *     than this many were added
   * @throws IllegalArgumentException if {@code capacity} is less than 2
   */
  public QuantileSketch(int capacity) {
    if (capacity < 2) {
      throw new IllegalArgumentException("a quantile sketch needs a capacity of at least 2 values, got " + capacity);
    }
    this.capacity = capacity;
    this.levels = new double[][] {new double[Math.min(capacity, 16)]};
    this.sizes = new int[1];
    this.keepOdd = new boolean[1];
  }

  /**
   * The capacity this sketch was made with.
   *
   * @return values a level holds before it is compacted
   */
  public int capacity() {
    return capacity;
  }

  /**
   * The number of values added, here and in the sketches merged into this one.
   *
   * @return the count of non-missing values
   */
  public long count() {
    return count;
  }

  /**
   * Whether every value added is still kept, so quantiles are exact: no level was ever compacted.
   *
   * @return true while fewer than {@link #capacity()} values were added
   */
  public boolean exact() {
    return levels.length == 1;
  }

  /**
   * The values held, over all levels: what the sketch's memory grows with.
   *
   * @return {@link #count()} while {@link #exact()}, after that less than {@code capacity} per level
   */
  public int retained() {
    int total = 0;
    for (int size : sizes) {
      total += size;
    }
    return total;
  }

  /**
   * Adds a value; NaN is missing and not added.
   *
   * @param value the value
   */
  public void add(double value) {
    if (Double.isNaN(value)) {
      return;
    }
    count++;
    append(0, value);
    if (sizes[0] >= capacity) {
      compact(0);
    }
  }

  /**
   * Adds every value {@code other} summarizes, as if they had been added here.
   *
   * @param other a sketch of the same capacity; not changed
   * @throws IllegalArgumentException if the capacities differ
   */
  public void merge(QuantileSketch other) {
    if (other.capacity != capacity) {
      throw new IllegalArgumentException("cannot merge a sketch of capacity " + other.capacity + " into one of "
          + capacity);
    }
    count += other.count;
    for (int h = 0; h < other.levels.length; h++) {
      for (int i = 0; i < other.sizes[h]; i++) {
        append(h, other.levels[h][i]);
      }
    }
    for (int h = 0; h < levels.length; h++) {
      if (sizes[h] >= capacity) {
        compact(h);
      }
    }
  }

  /**
   * The quantiles at {@code ps}, with numpy's linear interpolation (pandas' {@code quantile} and
   * {@code describe}): for {@code h = (n - 1) * p}, the order statistics {@code a} at {@code floor(h)}
   * and {@code b} at the next rank, {@code a + (b - a) * g} for {@code g = h - floor(h) < 0.5}, else
   * {@code b - (b - a) * (1 - g)}. Exact while {@link #exact()}; otherwise each order statistic is
   * the sketch's value at that rank, within the error bound in the class comment.
   *
   * @param ps the probabilities, each from 0 to 1
   * @return one quantile per probability, in the same order; nulls when no value was added
   * @throws IllegalArgumentException if a probability is outside [0, 1]
   */
  public Double[] quantiles(double... ps) {
    Double[] result = new Double[ps.length];
    for (double p : ps) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("a quantile's probability is from 0 to 1, got " + p);
      }
    }
    if (count == 0) {
      return result;
    }
    WeightedValues sorted = sorted();
    for (int i = 0; i < ps.length; i++) {
      double position = (count - 1) * ps[i];
      long below = (long) Math.floor(position);
      double gamma = position - below;
      double a = sorted.atRank(below);
      double b = sorted.atRank(Math.min(below + 1, count - 1));
      double difference = b - a;
      result[i] = gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma;
    }
    return result;
  }

  /** All levels' values in order, with their weights, for ranks. */
  private WeightedValues sorted() {
    int total = retained();
    double[] values = new double[total];
    long[] weights = new long[total];
    // Sort (value, level) pairs: sort each level, then merge by repeated selection of the smallest head.
    int[] heads = new int[levels.length];
    double[][] levelValues = new double[levels.length][];
    for (int h = 0; h < levels.length; h++) {
      levelValues[h] = Arrays.copyOf(levels[h], sizes[h]);
      Arrays.sort(levelValues[h]);
    }
    for (int i = 0; i < total; i++) {
      int smallest = -1;
      for (int h = 0; h < levels.length; h++) {
        if (heads[h] < levelValues[h].length
            && (smallest < 0 || levelValues[h][heads[h]] < levelValues[smallest][heads[smallest]])) {
          smallest = h;
        }
      }
      values[i] = levelValues[smallest][heads[smallest]++];
      weights[i] = 1L << smallest;
    }
    return new WeightedValues(values, weights);
  }

  /** Values in ascending order, each standing for {@code weight} inputs. */
  private record WeightedValues(double[] values, long[] weights) {
    /** The value at 0-based rank {@code rank} of the inputs these stand for, each repeated by its weight. */
    double atRank(long rank) {
      long seen = 0;
      for (int i = 0; i < values.length; i++) {
        seen += weights[i];
        if (seen > rank) {
          return values[i];
        }
      }
      return values[values.length - 1];
    }
  }

  private void append(int level, double value) {
    while (level >= levels.length) {
      int added = levels.length;
      levels = Arrays.copyOf(levels, added + 1);
      levels[added] = new double[Math.min(capacity, 16)];
      sizes = Arrays.copyOf(sizes, added + 1);
      keepOdd = Arrays.copyOf(keepOdd, added + 1);
    }
    if (sizes[level] == levels[level].length) {
      levels[level] = Arrays.copyOf(levels[level], 2 * levels[level].length);
    }
    levels[level][sizes[level]++] = value;
  }

  /** Sorts level h and moves every other value of it up a level; an odd one out (the largest) stays. */
  private void compact(int h) {
    double[] values = levels[h];
    int size = sizes[h];
    Arrays.sort(values, 0, size);
    int paired = size - size % 2;
    for (int i = keepOdd[h] ? 1 : 0; i < paired; i += 2) {
      append(h + 1, values[i]);
    }
    keepOdd[h] = !keepOdd[h];
    if (size % 2 == 1) {
      values[0] = values[size - 1];
    }
    sizes[h] = size % 2;
    if (values.length > capacity) {
      levels[h] = Arrays.copyOf(values, capacity);
    }
    // The level above may be full now: compact it too, so no level ever holds more than its capacity.
    if (sizes[h + 1] >= capacity) {
      compact(h + 1);
    }
  }

  /**
   * Writes the sketch, for a coder.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(DataOutput out) throws IOException {
    out.writeInt(capacity);
    out.writeLong(count);
    out.writeInt(levels.length);
    for (int h = 0; h < levels.length; h++) {
      out.writeBoolean(keepOdd[h]);
      out.writeInt(sizes[h]);
      for (int i = 0; i < sizes[h]; i++) {
        out.writeDouble(levels[h][i]);
      }
    }
  }

  /**
   * Reads a sketch {@link #write} wrote.
   *
   * @param in where to read
   * @return the sketch, equal in every value and level to the one written
   * @throws IOException if reading fails
   */
  public static QuantileSketch read(DataInput in) throws IOException {
    QuantileSketch sketch = new QuantileSketch(in.readInt());
    sketch.count = in.readLong();
    int levelCount = in.readInt();
    sketch.levels = new double[levelCount][];
    sketch.sizes = new int[levelCount];
    sketch.keepOdd = new boolean[levelCount];
    for (int h = 0; h < levelCount; h++) {
      sketch.keepOdd[h] = in.readBoolean();
      int size = in.readInt();
      sketch.sizes[h] = size;
      sketch.levels[h] = new double[Math.max(size, Math.min(sketch.capacity, 16))];
      for (int i = 0; i < size; i++) {
        sketch.levels[h][i] = in.readDouble();
      }
    }
    return sketch;
  }
}
