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
 *
 * <pre>{@code
 * ReadCsv read = ReadCsv.from("data/arcos-*.csv").withProgram(RowProgram.of(
 *     new AssignStep("date", toDatetime(col("TRANSACTION_DATE"), "%m%d%Y"))));
 * // df.groupby("BUYER_STATE").agg(grams=("CALC_BASE_WT_IN_GM", "sum"), first_day=("date", "first"))
 * PCollection<Row> perState = pipeline.apply("PerState", AggregateCsv.of(read,
 *     List.of("BUYER_STATE"),
 *     List.of(AggSpec.sum("CALC_BASE_WT_IN_GM").as("grams"),
 *         new AggSpec("first_day", AggFunction.FIRST, "date"))));
 * }</pre>
 *
 * <p>Because the rows are aggregated where they are read, {@code first} and {@code last} see the
 * file order (files as listed, then byte offset). Each worker's table of partial groups is bounded
 * by {@link BeamFrameOptions#getPartialGroupsBudget}. As any {@code PCollection}, the output has no
 * order.
 */
public final class AggregateCsv extends PTransform<PBegin, PCollection<Row>> {
  /** The first half: the read, aggregated into partial groups per worker. */
  private final PreAggregateCsv partials;
  /** The group key columns, in output order; empty for a whole-input reduction. */
  private final List<String> keys;
  /** The aggregations, in output order after the keys. */
  private final List<AggSpec> aggregations;

  private AggregateCsv(PreAggregateCsv partials, List<String> keys, List<AggSpec> aggregations) {
    this.partials = partials;
    this.keys = List.copyOf(keys);
    this.aggregations = List.copyOf(aggregations);
  }

  /**
   * Groups the rows of {@code read} by {@code keys} (none: one row for the whole input).
   *
   * @param read the CSV read, with its columns and row program; the aggregation sees its output rows
   * @param keys the key columns, in output order; empty for one row over the whole input, also when
   *     it has no rows
   * @param aggregations the aggregations, at least one; checked when the transform is applied
   * @return the transform
   */
  public static AggregateCsv of(ReadCsv read, List<String> keys, List<AggSpec> aggregations) {
    return new AggregateCsv(PreAggregateCsv.of(read, keys, aggregations), keys, aggregations);
  }

  /**
   * pandas' {@code groupby(..., dropna=False)}: a missing key value is a group of its own.
   *
   * @return a new transform that keeps rows with missing keys; this one is unchanged
   */
  public AggregateCsv keepingNullKeys() {
    return new AggregateCsv(partials.keepingNullKeys(), keys, aggregations);
  }

  /**
   * Adds {@code PreAggregate} and {@code MergePartials}, inspecting the files if the read was made
   * from a pattern.
   *
   * @param input the pipeline's beginning
   * @return one row per group, keys first, then one column per aggregation
   * @throws IllegalArgumentException if the keys or aggregations do not fit the read's rows (an
   *     unknown column, a function that cannot take its column's dtype, two outputs
   *     with one name), or the files cannot be inspected
   */
  @Override
  public PCollection<Row> expand(PBegin input) {
    return input.apply("PreAggregate", partials)
        .apply("MergePartials", MergePartialAggregates.of(partials.rowSchema(), keys, aggregations));
  }
}
