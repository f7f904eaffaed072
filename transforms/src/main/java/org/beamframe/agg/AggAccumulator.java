package org.beamframe.agg;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The partial state of several aggregations at once: per aggregation a count of non-null values
 * and, only where one of the functions needs it, a compensated (Neumaier) double sum and an exact
 * long sum, the extreme value so far, file positions, running variance or distinct values. A size
 * or count of a group is two small arrays, not nine: a worker's table holds many groups. Mutable,
 * as Beam's CombineFn contract allows.
 */
public final class AggAccumulator {
  /** Per aggregation, the number of non-null values added (for size, the number of rows). */
  public final long[] counts;
  /** For sum and mean (null when no function sums). */
  public final double[] sums;
  /** The Neumaier compensation of {@link #sums}, per aggregation (null when no function sums). */
  public final double[] compensations;
  /** The exact sum of int64 and bool values (true counts 1), for sum and mean (null when no function sums). */
  public final long[] longSums;
  /** For min, max, first and last (null when none of those). */
  public final Object[] extremes;
  /** Running mean and sum of squared deviations (Welford; merged as Chan et al.), for var and std (else null). */
  public final double[] means;
  /** The sum of squared deviations from {@link #means}, for var and std (else null). */
  public final double[] squaredDeviations;
  /** Distinct non-null values, for nunique (null where unused). */
  public final Set<Object>[] distinct;
  /** For first and last: the file position of the value kept in {@code extremes}, -1 for none yet (else null). */
  public final long[] positions;

  /**
   * The state of {@code functions}, in aggregation order, each empty.
   *
   * @param functions one function per aggregation; they decide which of the arrays are allocated
   */
  @SuppressWarnings("unchecked")
  public AggAccumulator(AggFunction[] functions) {
    int size = functions.length;
    counts = new long[size];
    boolean summing = false;
    boolean extreme = false;
    boolean positioned = false;
    boolean spread = false;
    boolean unique = false;
    for (AggFunction function : functions) {
      summing |= function == AggFunction.SUM || function == AggFunction.MEAN;
      extreme |= function == AggFunction.MIN || function == AggFunction.MAX || function.needsFileOrder();
      positioned |= function.needsFileOrder();
      spread |= function == AggFunction.VAR || function == AggFunction.STD;
      unique |= function == AggFunction.NUNIQUE;
    }
    sums = summing ? new double[size] : null;
    compensations = summing ? new double[size] : null;
    longSums = summing ? new long[size] : null;
    extremes = extreme ? new Object[size] : null;
    positions = positioned ? new long[size] : null;
    if (positioned) {
      Arrays.fill(positions, -1);
    }
    means = spread ? new double[size] : null;
    squaredDeviations = spread ? new double[size] : null;
    distinct = unique ? new Set[size] : null;
  }

  /**
   * Keeps {@code value} if its position comes before (first) or after (last) the kept one's.
   *
   * @param i the aggregation's index
   * @param value the value; null is ignored, as pandas' first and last skip missing values
   * @param position the value's file position; a negative (unknown) position is ignored
   * @param last true to keep the latest value (last), false the earliest (first)
   */
  public void offerPositioned(int i, Object value, long position, boolean last) {
    if (value != null) {
      offerRow(i, value, position, last);
    }
  }

  /**
   * Keeps the value of the row at {@code position}, missing or not, if that row comes before (first)
   * or after (last) the kept one's: first_row and last_row.
   *
   * @param i the aggregation's index
   * @param value the row's value, null for a missing one
   * @param position the row's file position; a negative (unknown) position is ignored
   * @param last true to keep the latest row's value, false the earliest's
   */
  public void offerRow(int i, Object value, long position, boolean last) {
    if (position < 0) {
      return;
    }
    if (positions[i] < 0 || (last ? position > positions[i] : position < positions[i])) {
      positions[i] = position;
      extremes[i] = value;
    }
  }

  /**
   * Adds a value to the running variance of aggregation {@code i}; {@code counts[i]} already includes it.
   *
   * @param i the aggregation's index
   * @param value the value, as a double
   */
  public void addDeviation(int i, double value) {
    double delta = value - means[i];
    means[i] += delta / counts[i];
    squaredDeviations[i] += delta * (value - means[i]);
  }

  /**
   * Adds a value to the distinct values of aggregation {@code i}.
   *
   * @param i the aggregation's index
   * @param value the value; callers pass only non-null values, as nunique ignores missing ones
   */
  public void addDistinct(int i, Object value) {
    if (distinct[i] == null) {
      distinct[i] = new HashSet<>();
    }
    // pandas counts -0.0 and 0.0 as one value.
    distinct[i].add(value instanceof Double number && number == 0.0 ? (Object) 0.0 : value);
  }

  /**
   * Adds {@code value} to the compensated sum of aggregation {@code i} (Neumaier's variant of Kahan
   * summation), so a float64 sum of many values keeps its low-order digits, as pandas' does.
   *
   * @param i the aggregation's index
   * @param value the value to add
   */
  public void addDouble(int i, double value) {
    double sum = sums[i];
    double total = sum + value;
    if (Math.abs(sum) >= Math.abs(value)) {
      compensations[i] += (sum - total) + value;
    } else {
      compensations[i] += (value - total) + sum;
    }
    sums[i] = total;
  }

  /**
   * The compensated sum; with infinities the compensation is NaN and the plain sum is the answer.
   *
   * @param i the aggregation's index
   * @return the double sum of aggregation {@code i}, compensation included
   */
  public double doubleSum(int i) {
    double total = sums[i] + compensations[i];
    return Double.isNaN(total) ? sums[i] : total;
  }

  /**
   * Merges {@code other}'s state of aggregation {@code i}, whose function is {@code function}, into this.
   *
   * @param other a partial state of the same aggregations; it is not changed
   * @param i the aggregation's index
   * @param function the aggregation's function, which says which of the state to merge
   */
  public void mergeFrom(AggAccumulator other, int i, AggFunction function) {
    long n = counts[i];
    long m = other.counts[i];
    counts[i] += m;
    switch (function) {
      case SIZE, COUNT -> { }
      case SUM, MEAN -> {
        addDouble(i, other.sums[i]);
        compensations[i] += other.compensations[i];
        longSums[i] += other.longSums[i];
      }
      case MIN, MAX -> offerExtreme(i, other.extremes[i], function == AggFunction.MAX);
      case FIRST, LAST -> offerPositioned(i, other.extremes[i], other.positions[i], function == AggFunction.LAST);
      case FIRST_ROW, LAST_ROW -> offerRow(i, other.extremes[i], other.positions[i], function == AggFunction.LAST_ROW);
      case VAR, STD -> {
        if (m > 0) {
          double delta = other.means[i] - means[i];
          means[i] += delta * m / (n + m);
          squaredDeviations[i] += other.squaredDeviations[i] + delta * delta * ((double) n * m / (n + m));
        }
      }
      case NUNIQUE -> {
        if (other.distinct[i] != null) {
          other.distinct[i].forEach(value -> addDistinct(i, value));
        }
      }
    }
  }

  /**
   * Keeps {@code value} as aggregation {@code i}'s extreme if it is larger (max) or smaller (min)
   * than the kept one. Values compare by their natural ({@link Comparable}) order, so all values of
   * an aggregation must be of its column's one type.
   *
   * @param i the aggregation's index
   * @param value the value; null is ignored, as pandas' min and max skip missing values
   * @param max true to keep the largest value, false the smallest
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void offerExtreme(int i, Object value, boolean max) {
    if (value == null) {
      return;
    }
    Object current = extremes[i];
    if (current == null) {
      extremes[i] = value;
      return;
    }
    int comparison = ((Comparable) value).compareTo(current);
    if (max ? comparison > 0 : comparison < 0) {
      extremes[i] = value;
    }
  }
}
