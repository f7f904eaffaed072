package org.beamframe.agg;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The partial state of several aggregations at once: per aggregation a count of non-null values,
 * a compensated (Neumaier) double sum, an exact long sum and the extreme value so far. Mutable, as
 * Beam's CombineFn contract allows.
 */
public final class AggAccumulator {
  public final long[] counts;
  public final double[] sums;
  public final double[] compensations;
  public final long[] longSums;
  public final Object[] extremes;
  /** Running mean and sum of squared deviations (Welford; merged as Chan et al.), for var and std. */
  public final double[] means;
  public final double[] squaredDeviations;
  /** Distinct non-null values, for nunique (null where unused). */
  public final Set<Object>[] distinct;
  /** For first and last: the file position of the value kept in {@code extremes}, -1 for none yet. */
  public final long[] positions;

  @SuppressWarnings("unchecked")
  public AggAccumulator(int size) {
    counts = new long[size];
    sums = new double[size];
    compensations = new double[size];
    longSums = new long[size];
    extremes = new Object[size];
    means = new double[size];
    squaredDeviations = new double[size];
    distinct = new Set[size];
    positions = new long[size];
    Arrays.fill(positions, -1);
  }

  /** Keeps {@code value} if its position comes before (first) or after (last) the kept one's. */
  public void offerPositioned(int i, Object value, long position, boolean last) {
    if (value == null || position < 0) {
      return;
    }
    if (positions[i] < 0 || (last ? position > positions[i] : position < positions[i])) {
      positions[i] = position;
      extremes[i] = value;
    }
  }

  /** Adds a value to the running variance of aggregation {@code i}; {@code counts[i]} already includes it. */
  public void addDeviation(int i, double value) {
    double delta = value - means[i];
    means[i] += delta / counts[i];
    squaredDeviations[i] += delta * (value - means[i]);
  }

  /** Adds a value to the distinct values of aggregation {@code i}. */
  public void addDistinct(int i, Object value) {
    if (distinct[i] == null) {
      distinct[i] = new HashSet<>();
    }
    distinct[i].add(value);
  }

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

  /** The compensated sum; with infinities the compensation is NaN and the plain sum is the answer. */
  public double doubleSum(int i) {
    double total = sums[i] + compensations[i];
    return Double.isNaN(total) ? sums[i] : total;
  }

  public void mergeFrom(AggAccumulator other, int i, AggFunction function) {
    if (function.needsFileOrder()) {
      counts[i] += other.counts[i];
      offerPositioned(i, other.extremes[i], other.positions[i], function == AggFunction.LAST);
      return;
    }
    boolean max = function == AggFunction.MAX;
    long n = counts[i];
    long m = other.counts[i];
    if (m > 0) {
      double delta = other.means[i] - means[i];
      means[i] += delta * m / (n + m);
      squaredDeviations[i] += other.squaredDeviations[i] + delta * delta * ((double) n * m / (n + m));
    }
    if (other.distinct[i] != null) {
      other.distinct[i].forEach(value -> addDistinct(i, value));
    }
    counts[i] += other.counts[i];
    addDouble(i, other.sums[i]);
    compensations[i] += other.compensations[i];
    longSums[i] += other.longSums[i];
    offerExtreme(i, other.extremes[i], max);
  }

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
