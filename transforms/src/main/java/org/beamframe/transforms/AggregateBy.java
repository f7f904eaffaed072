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
 */
public final class AggregateBy extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final List<String> keys;
  private final List<AggSpec> aggregations;
  private final boolean dropNullKeys;

  private AggregateBy(List<String> keys, List<AggSpec> aggregations, boolean dropNullKeys) {
    this.keys = List.copyOf(keys);
    this.aggregations = List.copyOf(aggregations);
    this.dropNullKeys = dropNullKeys;
  }

  public static AggregateBy keys(String... keys) {
    return keys(List.of(keys));
  }

  public static AggregateBy keys(List<String> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a group-by needs at least one key column; use Reduce for a whole-column result");
    }
    return new AggregateBy(keys, List.of(), true);
  }

  /** pandas' {@code groupby(..., dropna=False)}: a missing key value is a group of its own. */
  public AggregateBy keepingNullKeys() {
    return new AggregateBy(keys, aggregations, false);
  }

  /** These aggregations, in addition to any given before. */
  public AggregateBy aggregate(AggSpec... specs) {
    List<AggSpec> all = new ArrayList<>(aggregations);
    all.addAll(List.of(specs));
    return new AggregateBy(keys, all, dropNullKeys);
  }

  /** The output schema for rows of {@code input}: keys, then aggregations; checks names and types. */
  public FrameSchema outputSchema(FrameSchema input) {
    return AggregationSchema.of(input, keys, aggregations);
  }

  private List<String> valueColumns() {
    Set<String> columns = new LinkedHashSet<>();
    aggregations.forEach(spec -> columns.add(spec.column()));
    return List.copyOf(columns);
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    if (aggregations.isEmpty()) {
      throw new IllegalStateException("AggregateBy" + keys + " has no aggregations; add some with aggregate(...)");
    }
    FrameSchema schema = BeamSchemas.fromBeam(input.getSchema());
    FrameSchema output = outputSchema(schema);
    FrameSchema keySchema = schema.select(keys);
    FrameSchema valueSchema = schema.select(valueColumns());
    Schema beamKeys = BeamSchemas.toBeam(keySchema);
    Schema beamValues = BeamSchemas.toBeam(valueSchema);
    Schema beamOutput = BeamSchemas.toBeam(output);
    int[] keyPositions = keys.stream().mapToInt(schema::indexOf).toArray();
    int[] valuePositions = valueColumns().stream().mapToInt(schema::indexOf).toArray();
    return input
        .apply("KeyRows", ParDo.of(new KeyFn(keyPositions, valuePositions, beamKeys, beamValues, dropNullKeys)))
        .setCoder(KvCoder.of(RowCoder.of(beamKeys), RowCoder.of(beamValues)))
        .apply("CombinePerKey", Combine.perKey(new RowAggregateFn(valueSchema, aggregations)))
        .apply("FlattenGroups", ParDo.of(new FlattenGroupsFn(beamOutput)))
        .setRowSchema(beamOutput);
  }

  private static final class KeyFn extends DoFn<Row, KV<Row, Row>> {
    private final int[] keyPositions;
    private final int[] valuePositions;
    private final Schema keySchema;
    private final Schema valueSchema;
    private final Counter nullKeys = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.ROWS_NULL_KEY);
    private final Counter shuffled = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.SHUFFLE_ELEMENTS);

    private final boolean dropNullKeys;

    KeyFn(int[] keyPositions, int[] valuePositions, Schema keySchema, Schema valueSchema, boolean dropNullKeys) {
      this.dropNullKeys = dropNullKeys;
      this.keyPositions = keyPositions;
      this.valuePositions = valuePositions;
      this.keySchema = keySchema;
      this.valueSchema = valueSchema;
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<KV<Row, Row>> out) {
      Object[] key = new Object[keyPositions.length];
      for (int i = 0; i < keyPositions.length; i++) {
        key[i] = row.getValue(keyPositions[i]);
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
