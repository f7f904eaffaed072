package org.beamframe.transforms;

import java.util.List;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggSpec;

/**
 * A CSV read followed by a group-by aggregation (or, with no keys, a whole-column reduction), in
 * which each split is read, run through the read's row program and aggregated in one step: only
 * one partial aggregate per group and split crosses the shuffle, and no runner ever holds the
 * input's rows. The result equals {@link ReadCsv} then {@link AggregateBy} (or {@link Reduce}).
 * It is {@link PreAggregateCsv} followed by {@link MergePartialAggregates}.
 */
public final class AggregateCsv extends PTransform<PBegin, PCollection<Row>> {
  private final PreAggregateCsv partials;
  private final List<String> keys;
  private final List<AggSpec> aggregations;

  private AggregateCsv(PreAggregateCsv partials, List<String> keys, List<AggSpec> aggregations) {
    this.partials = partials;
    this.keys = List.copyOf(keys);
    this.aggregations = List.copyOf(aggregations);
  }

  /** Groups the rows of {@code read} by {@code keys} (none: one row for the whole input). */
  public static AggregateCsv of(ReadCsv read, List<String> keys, List<AggSpec> aggregations) {
    return new AggregateCsv(PreAggregateCsv.of(read, keys, aggregations), keys, aggregations);
  }

  /** pandas' {@code groupby(..., dropna=False)}: a missing key value is a group of its own. */
  public AggregateCsv keepingNullKeys() {
    return new AggregateCsv(partials.keepingNullKeys(), keys, aggregations);
  }

  @Override
  public PCollection<Row> expand(PBegin input) {
    return input.apply("PreAggregate", partials)
        .apply("MergePartials", MergePartialAggregates.of(partials.rowSchema(), keys, aggregations));
  }
}
