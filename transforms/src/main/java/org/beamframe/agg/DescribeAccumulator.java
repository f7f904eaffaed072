package org.beamframe.agg;

/**
 * The partial state of a describe over several columns: their count, mean, std, min and max in one
 * {@link AggAccumulator}, and one {@link QuantileSketch} per column. Mutable, as Beam's CombineFn
 * contract allows.
 */
public final class DescribeAccumulator {
  /** count, mean, std, min and max of each column, in {@link DescribeAggregator#statistics()}'s order. */
  public final AggAccumulator statistics;
  /** Each column's values for its quartiles, in column order. */
  public final QuantileSketch[] sketches;

  /**
   * A state made of these parts.
   *
   * @param statistics the other statistics' partial state
   * @param sketches one sketch per column
   */
  public DescribeAccumulator(AggAccumulator statistics, QuantileSketch[] sketches) {
    this.statistics = statistics;
    this.sketches = sketches;
  }
}
