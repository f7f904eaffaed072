package org.beamframe.transforms;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Combine.CombineFn;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggAccumulator;
import org.beamframe.agg.Aggregator;
import org.beamframe.types.FrameSchema;

/** A CombineFn over an {@link Aggregator}: what its inputs are is the subclass's business. */
abstract class AggregatorCombineFn<InputT> extends CombineFn<InputT, AggAccumulator, Row> {
  protected final Aggregator aggregator;
  private final Schema output;

  AggregatorCombineFn(Aggregator aggregator) {
    this.aggregator = aggregator;
    this.output = BeamSchemas.toBeam(aggregator.outputSchema());
  }

  /**
   * One column per aggregation, named by its output.
   *
   * @return the schema of the rows this function outputs
   */
  public FrameSchema outputSchema() {
    return aggregator.outputSchema();
  }

  /**
   * An empty accumulator: no rows seen.
   *
   * @return a new accumulator with one slot per aggregation
   */
  @Override
  public AggAccumulator createAccumulator() {
    return aggregator.create();
  }

  /**
   * The accumulators' partial results merged into one, as if it had seen all their rows.
   *
   * @param accumulators partial results of the same aggregations
   * @return a new accumulator; the inputs are unchanged
   */
  @Override
  public AggAccumulator mergeAccumulators(Iterable<AggAccumulator> accumulators) {
    AggAccumulator merged = aggregator.create();
    for (AggAccumulator acc : accumulators) {
      aggregator.merge(merged, acc);
    }
    return merged;
  }

  /**
   * The final values, one per aggregation, with pandas' results for no values (sum 0, mean null, ...).
   *
   * @param acc the merged accumulator
   * @return a row of {@link #outputSchema()}
   */
  @Override
  public Row extractOutput(AggAccumulator acc) {
    return Rows.of(output, aggregator.extract(acc));
  }

  /**
   * A row coder for {@link #outputSchema()}.
   *
   * @param registry not used
   * @param inputCoder not used
   * @return the coder of the output rows
   */
  @Override
  public Coder<Row> getDefaultOutputCoder(CoderRegistry registry, Coder<InputT> inputCoder) {
    return RowCoder.of(output);
  }

  /**
   * A compact coder that writes only the state each aggregation uses.
   *
   * @param registry not used
   * @param inputCoder not used
   * @return the coder of the accumulators that cross the shuffle
   */
  @Override
  public Coder<AggAccumulator> getAccumulatorCoder(CoderRegistry registry, Coder<InputT> inputCoder) {
    return new AggAccumulatorCoder(aggregator);
  }
}
