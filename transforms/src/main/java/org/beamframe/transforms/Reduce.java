package org.beamframe.transforms;

import java.util.List;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggSpec;
import org.beamframe.types.FrameSchema;

/**
 * Whole-column reductions ({@code df.x.max()}, {@code df.y.sum()}): exactly one output row with one
 * column per aggregation, also for an empty input (sum 0, count 0, max null).
 */
public final class Reduce extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final List<AggSpec> aggregations;

  private Reduce(List<AggSpec> aggregations) {
    this.aggregations = List.copyOf(aggregations);
  }

  public static Reduce of(AggSpec... aggregations) {
    return new Reduce(List.of(aggregations));
  }

  public static Reduce of(List<AggSpec> aggregations) {
    return new Reduce(aggregations);
  }

  /** The one-row output schema for rows of {@code input}. */
  public FrameSchema outputSchema(FrameSchema input) {
    return new RowAggregateFn(input, aggregations).outputSchema();
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    RowAggregateFn fn = new RowAggregateFn(BeamSchemas.fromBeam(input.getSchema()), aggregations);
    return input.apply("CombineGlobally", Combine.globally(fn))
        .setRowSchema(BeamSchemas.toBeam(fn.outputSchema()));
  }
}
