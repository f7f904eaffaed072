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
 *
 * <pre>{@code
 * PCollection<Row> summary = rows.apply("Summary",
 *     Reduce.of(AggSpec.max("DOSAGE_UNIT"), AggSpec.sum("grams").as("total_grams")));
 * // one row: DOSAGE_UNIT, total_grams
 * }</pre>
 *
 * <p>Runs as one {@code Combine.globally}, so each worker reduces its own rows before they meet.
 * Missing values are skipped as pandas skips them; {@code first} and {@code last} are refused (they
 * need the rows' file order: reduce a CSV read with {@link AggregateCsv} and no keys instead).
 */
public final class Reduce extends PTransform<PCollection<Row>, PCollection<Row>> {
  /** The aggregations, in output order. */
  private final List<AggSpec> aggregations;

  private Reduce(List<AggSpec> aggregations) {
    this.aggregations = List.copyOf(aggregations);
  }

  /**
   * These reductions, one output column each, in this order.
   *
   * @param aggregations the aggregations; checked when the transform is applied
   * @return the transform
   */
  public static Reduce of(AggSpec... aggregations) {
    return new Reduce(List.of(aggregations));
  }

  /**
   * These reductions, one output column each, in this order.
   *
   * @param aggregations the aggregations; checked when the transform is applied
   * @return the transform
   */
  public static Reduce of(List<AggSpec> aggregations) {
    return new Reduce(aggregations);
  }

  /**
   * The one-row output schema for rows of {@code input}.
   *
   * @param input the schema of the rows to reduce
   * @return one column per aggregation, named by its output
   * @throws IllegalArgumentException if there are no aggregations, a column does not exist, a
   *     function cannot take its column's dtype, two outputs share a name, or a function is
   *     {@code first} or {@code last}
   */
  public FrameSchema outputSchema(FrameSchema input) {
    return new RowAggregateFn(input, aggregations).outputSchema();
  }

  /**
   * Checks the reductions against the input's schema and adds the step {@code CombineGlobally}.
   *
   * @param input the rows to reduce
   * @return exactly one row, under {@link #outputSchema}
   * @throws IllegalArgumentException if the reductions do not fit the input (see {@link #outputSchema})
   */
  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    RowAggregateFn fn = new RowAggregateFn(BeamSchemas.fromBeam(input.getSchema()), aggregations);
    return input.apply("CombineGlobally", Combine.globally(fn))
        .setRowSchema(BeamSchemas.toBeam(fn.outputSchema()));
  }
}
