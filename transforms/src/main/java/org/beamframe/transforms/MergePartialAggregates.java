package org.beamframe.transforms;

import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggAccumulator;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.AggregationSchema;
import org.beamframe.agg.Aggregator;
import org.beamframe.agg.PartialGroups;
import org.beamframe.types.FrameSchema;

/**
 * The second half of {@link AggregateCsv}: partial groups merged per shuffle partition into one
 * row per group, keys first (or, with no keys, one row for the whole input even when it had none).
 * The keys and aggregations must be those the partial groups were made with; see
 * {@link PreAggregateCsv} for an example.
 */
public final class MergePartialAggregates extends PTransform<PCollection<KV<Integer, PartialGroups>>, PCollection<Row>> {
  /** The schema of the rows that were aggregated. */
  private final FrameSchema rows;
  /** The group key columns; empty for a whole-input reduction. */
  private final List<String> keys;
  /** The aggregations, in output order after the keys. */
  private final List<AggSpec> aggregations;

  private MergePartialAggregates(FrameSchema rows, List<String> keys, List<AggSpec> aggregations) {
    this.rows = rows;
    this.keys = List.copyOf(keys);
    this.aggregations = List.copyOf(aggregations);
    AggregationSchema.of(rows, keys, aggregations);
  }

  /**
   * Merges partial aggregates of rows of schema {@code rows}, grouped by {@code keys}.
   *
   * @param rows the schema of the rows that were aggregated, e.g. {@link PreAggregateCsv#rowSchema()}
   * @param keys the key columns the partial groups were made with; empty for a reduction
   * @param aggregations the aggregations the partial groups were made with
   * @return the transform
   * @throws IllegalArgumentException if the keys or aggregations do not fit {@code rows}: no
   *     aggregation, an unknown column, a function that cannot take its column's
   *     dtype, or two outputs with one name
   */
  public static MergePartialAggregates of(FrameSchema rows, List<String> keys, List<AggSpec> aggregations) {
    return new MergePartialAggregates(rows, keys, aggregations);
  }

  /**
   * Adds {@code MergePartitions} and {@code EmitGroups} (with keys) or {@code Accumulators} and
   * {@code CombineGlobally} (a reduction).
   *
   * @param partials partial groups keyed by shuffle partition, as {@link PreAggregateCsv} gives them
   * @return one row per group, keys first, then one column per aggregation
   */
  @Override
  public PCollection<Row> expand(PCollection<KV<Integer, PartialGroups>> partials) {
    Aggregator aggregator = new Aggregator(rows, aggregations);
    Schema output = BeamSchemas.toBeam(AggregationSchema.of(rows, keys, aggregations));
    if (keys.isEmpty()) {
      // A reduction has one result even for no rows, as Combine.globally gives.
      return partials.apply("Accumulators", ParDo.of(new OnlyAccumulatorFn()))
          .setCoder(new AggAccumulatorCoder(aggregator))
          .apply("CombineGlobally", Combine.globally(new MergeAccumulatorsFn(aggregator)))
          .setRowSchema(output);
    }
    Schema keySchema = BeamSchemas.toBeam(rows.select(keys));
    return partials.apply("MergePartitions", Combine.perKey(new MergePartialGroupsFn(aggregator, keySchema)))
        .apply("EmitGroups", ParDo.of(new EmitGroupsFn(aggregator, output)))
        .setRowSchema(output);
  }

  /** The one group of a reduction's partial groups. */
  private static final class OnlyAccumulatorFn extends DoFn<KV<Integer, PartialGroups>, AggAccumulator> {
    @ProcessElement
    public void process(@Element KV<Integer, PartialGroups> partial, OutputReceiver<AggAccumulator> out) {
      partial.getValue().accumulators().forEach(out::output);
    }
  }

}
