package org.beamframe.transforms;

import java.util.List;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggAccumulator;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.Aggregator;
import org.beamframe.types.FrameSchema;

/**
 * Computes several named aggregations over rows in one pass, as a CombineFn so that runners
 * aggregate partially before the shuffle. Null values are skipped (pandas' {@code skipna=True}):
 * sum of nothing is 0, mean/min/max of nothing are null.
 */
public final class RowAggregateFn extends AggregatorCombineFn<Row> {
  public RowAggregateFn(FrameSchema input, List<AggSpec> specs) {
    super(new Aggregator(input, specs));
  }

  @Override
  public AggAccumulator addInput(AggAccumulator acc, Row row) {
    aggregator.add(acc, row::getValue);
    return acc;
  }
}
