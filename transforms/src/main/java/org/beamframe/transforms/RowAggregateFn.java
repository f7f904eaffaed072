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
 *
 * <p>{@link Reduce} uses it with {@code Combine.globally} and {@link AggregateBy} with
 * {@code Combine.perKey}; it brings its own accumulator and output coders. Its output is one row
 * of {@link #outputSchema()}.
 */
public final class RowAggregateFn extends AggregatorCombineFn<Row> {
  /**
   * The aggregations {@code specs} over rows of schema {@code input}.
   *
   * @param input the schema of the rows to be added
   * @param specs the aggregations, in output order; at least one
   * @throws IllegalArgumentException if there are no specs, a column does not exist, a function
   *     cannot take its column's dtype, two outputs share a name, or a function is {@code first} or
   *     {@code last} (rows of a {@code PCollection} carry no file order)
   */
  public RowAggregateFn(FrameSchema input, List<AggSpec> specs) {
    super(new Aggregator(input, specs));
    if (aggregator.needsFileOrder()) {
      throw new IllegalArgumentException("first and last need the rows' file order, which rows of a PCollection do "
          + "not carry; aggregate directly over the CSV read (AggregateCsv; a DataFrame does so when the aggregation "
          + "follows the read and row steps, not a merge, concat or nlargest)");
    }
  }

  /**
   * Adds one row's values to the accumulator, skipping missing values.
   *
   * @param acc the accumulator, changed in place
   * @param row a row of the input schema
   * @return {@code acc}
   */
  @Override
  public AggAccumulator addInput(AggAccumulator acc, Row row) {
    aggregator.add(acc, row::getValue);
    return acc;
  }
}
