package org.beamframe.transforms;

import org.beamframe.agg.AggAccumulator;
import org.beamframe.agg.Aggregator;

/** Combines partial aggregates made before the shuffle into rows of final aggregation results. */
final class MergeAccumulatorsFn extends AggregatorCombineFn<AggAccumulator> {
  MergeAccumulatorsFn(Aggregator aggregator) {
    super(aggregator);
  }

  @Override
  public AggAccumulator addInput(AggAccumulator merged, AggAccumulator partial) {
    aggregator.merge(merged, partial);
    return merged;
  }
}
