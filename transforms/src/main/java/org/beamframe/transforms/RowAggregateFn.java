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
    if (aggregator.needsFileOrder()) {
      throw new IllegalArgumentException("first and last need the rows' file order, which rows of a PCollection do "
          + "not carry; aggregate directly over the CSV read (AggregateCsv; a DataFrame does so when the aggregation "
          + "follows the read and row steps, not a merge, concat or nlargest)");
    }
  }

  @Override
  public AggAccumulator addInput(AggAccumulator acc, Row row) {
    aggregator.add(acc, row::getValue);
    return acc;
  }
}
