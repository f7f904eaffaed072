package org.beamframe.transforms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.AggregationSchema;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code groupby(keys).agg(...)}: one output row per distinct key, keys first, then one
 * column per aggregation. Rows with a missing key are dropped and counted, as pandas' default
 * {@code dropna=True}. Lowered to a combine-per-key, so partial aggregates cross the shuffle.
 *
 * <pre>{@code
 * // df.groupby(["BUYER_STATE", "year"]).agg(grams=("grams", "sum"), n=("grams", "size"))
 * PCollection<Row> perStateYear = rows.apply("PerStateYear",
 *     AggregateBy.keys("BUYER_STATE", "year")
 *         .aggregate(AggSpec.sum("grams"), new AggSpec("n", AggFunction.SIZE, "grams")));
 * // columns: BUYER_STATE, year, grams, n
 * }</pre>
 *
 * <p>Missing values are skipped as pandas skips them (see {@link org.beamframe.agg.AggFunction}).
 * The output is a {@code PCollection}, so it has no order: sort it where it is gathered (e.g. with
 * {@link WriteSortedCsv}) to get pandas' order by the keys. Names and dtypes are checked when the
 * transform is applied; float64 keys group as pandas groups them (-0.0 and 0.0 are one group,
 * shown as 0.0). The file-order functions {@code first}/{@code last} are refused here (group a CSV read with {@link AggregateCsv} for those). The step counts dropped
 * rows in {@link BeamFrameMetrics#ROWS_NULL_KEY} and shuffled rows in
 * {@link BeamFrameMetrics#SHUFFLE_ELEMENTS}. The transform is immutable.
 */
public final class AggregateBy extends PTransform<PCollection<Row>, PCollection<Row>> {
  /** The group key columns, in output order. */
  private final List<String> keys;
  /** The aggregations, in output order after the keys. */
  private final List<AggSpec> aggregations;
  /** Whether a row with a missing key value is dropped (pandas' {@code dropna=True}). */
  private final boolean dropNullKeys;

  private AggregateBy(List<String> keys, List<AggSpec> aggregations, boolean dropNullKeys) {
    this.keys = List.copyOf(keys);
    this.aggregations = List.copyOf(aggregations);
    this.dropNullKeys = dropNullKeys;
  }

  /**
   * Groups by these key columns; add aggregations with {@link #aggregate}.
   *
   * @param keys the key columns, at least one, in output order
   * @return a group-by with no aggregations yet
   * @throws IllegalArgumentException if no key is given (use {@link Reduce} for a whole-column result)
   */
  public static AggregateBy keys(String... keys) {
    return keys(List.of(keys));
  }

  /**
   * Groups by these key columns; add aggregations with {@link #aggregate}.
   *
   * @param keys the key columns, at least one, in output order
   * @return a group-by with no aggregations yet
   * @throws IllegalArgumentException if {@code keys} is empty (use {@link Reduce} for a whole-column result)
   */
  public static AggregateBy keys(List<String> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a group-by needs at least one key column; use Reduce for a whole-column result");
    }
    return new AggregateBy(keys, List.of(), true);
  }

  /**
   * pandas' {@code groupby(..., dropna=False)}: a missing key value is a group of its own.
   *
   * @return a new transform that keeps rows with missing keys; this one is unchanged
   */
  public AggregateBy keepingNullKeys() {
    return new AggregateBy(keys, aggregations, false);
  }

  /**
   * These aggregations, in addition to any given before.
   *
   * @param specs the aggregations, e.g. {@code AggSpec.sum("grams")}; checked when the transform is applied
   * @return a new transform; this one is unchanged
   */
  public AggregateBy aggregate(AggSpec... specs) {
    List<AggSpec> all = new ArrayList<>(aggregations);
    all.addAll(List.of(specs));
    return new AggregateBy(keys, all, dropNullKeys);
  }

  /**
   * The output schema for rows of {@code input}: keys, then aggregations; checks names and types.
   *
   * @param input the schema of the rows to be grouped
   * @return the keys with their dtypes, then one column per aggregation
   * @throws IllegalArgumentException if there are no aggregations, a column does not exist,
   *     a function cannot take its column's dtype, or two outputs share a name
   */
  public FrameSchema outputSchema(FrameSchema input) {
    return AggregationSchema.of(input, keys, aggregations);
  }

  private List<String> valueColumns() {
    Set<String> columns = new LinkedHashSet<>();
    aggregations.forEach(spec -> columns.add(spec.column()));
    return List.copyOf(columns);
  }

  /**
   * Checks the group-by against the input's schema and adds the steps {@code KeyRows},
   * {@code CombinePerKey} and {@code FlattenGroups}.
   *
   * @param input the rows to group
   * @return one row per group, under {@link #outputSchema}
   * @throws IllegalStateException if no aggregation was given
   * @throws IllegalArgumentException if the group-by does not fit the input (see {@link #outputSchema}),
   *     or an aggregation is {@code first} or {@code last}
   */
  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    if (aggregations.isEmpty()) {
      throw new IllegalStateException("AggregateBy" + keys + " has no aggregations; add some with aggregate(...)");
    }
    FrameSchema schema = BeamSchemas.fromBeam(input.getSchema());
    FrameSchema output = outputSchema(schema);
    FrameSchema keySchema = schema.select(keys);
    FrameSchema valueSchema = schema.select(valueColumns());
    Schema beamKeys = ShuffleKeys.schema(keySchema);
    Schema beamValues = BeamSchemas.toBeam(valueSchema);
    Schema beamOutput = BeamSchemas.toBeam(output);
    int[] keyPositions = keys.stream().mapToInt(schema::indexOf).toArray();
    int[] valuePositions = valueColumns().stream().mapToInt(schema::indexOf).toArray();
    return input
        .apply("KeyRows", ParDo.of(new KeyFn(keyPositions, ShuffleKeys.floats(keySchema), valuePositions, beamKeys,
            beamValues, dropNullKeys)))
        .setCoder(KvCoder.of(RowCoder.of(beamKeys), RowCoder.of(beamValues)))
        .apply("CombinePerKey", Combine.perKey(new RowAggregateFn(valueSchema, aggregations)))
        .apply("FlattenGroups", ParDo.of(new FlattenGroupsFn(beamOutput, ShuffleKeys.floats(keySchema))))
        .setRowSchema(beamOutput);
  }

  private static final class KeyFn extends DoFn<Row, KV<Row, Row>> {
    private final int[] keyPositions;
    /** Which keys are float64, shuffled as their bits. */
    private final boolean[] floatKeys;
    private final int[] valuePositions;
    private final Schema keySchema;
    private final Schema valueSchema;
    private final Counter nullKeys = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.ROWS_NULL_KEY);
    private final Counter shuffled = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.SHUFFLE_ELEMENTS);

    private final boolean dropNullKeys;

    KeyFn(int[] keyPositions, boolean[] floatKeys, int[] valuePositions, Schema keySchema, Schema valueSchema,
        boolean dropNullKeys) {
      this.dropNullKeys = dropNullKeys;
      this.keyPositions = keyPositions;
      this.floatKeys = floatKeys;
      this.valuePositions = valuePositions;
      this.keySchema = keySchema;
      this.valueSchema = valueSchema;
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<KV<Row, Row>> out) {
      Object[] key = new Object[keyPositions.length];
      for (int i = 0; i < keyPositions.length; i++) {
        key[i] = ShuffleKeys.encode(row.getValue(keyPositions[i]), floatKeys[i]);
        if (key[i] == null && dropNullKeys) {
          nullKeys.inc();
          return;
        }
      }
      Object[] values = new Object[valuePositions.length];
      for (int i = 0; i < valuePositions.length; i++) {
        values[i] = row.getValue(valuePositions[i]);
      }
      out.output(KV.of(Rows.of(keySchema, key), Rows.of(valueSchema, values)));
      shuffled.inc();
    }
  }
}
