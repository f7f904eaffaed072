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

  /** One column per aggregation, named by its output. */
  public FrameSchema outputSchema() {
    return aggregator.outputSchema();
  }

  @Override
  public AggAccumulator createAccumulator() {
    return aggregator.create();
  }

  @Override
  public AggAccumulator mergeAccumulators(Iterable<AggAccumulator> accumulators) {
    AggAccumulator merged = aggregator.create();
    for (AggAccumulator acc : accumulators) {
      aggregator.merge(merged, acc);
    }
    return merged;
  }

  @Override
  public Row extractOutput(AggAccumulator acc) {
    return Rows.of(output, aggregator.extract(acc));
  }

  @Override
  public Coder<Row> getDefaultOutputCoder(CoderRegistry registry, Coder<InputT> inputCoder) {
    return RowCoder.of(output);
  }

  @Override
  public Coder<AggAccumulator> getAccumulatorCoder(CoderRegistry registry, Coder<InputT> inputCoder) {
    return new AggAccumulatorCoder(aggregator);
  }
}
