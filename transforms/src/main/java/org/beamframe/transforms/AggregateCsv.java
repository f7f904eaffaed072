package org.beamframe.transforms;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.beamframe.agg.AggAccumulator;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.AggregationSchema;
import org.beamframe.agg.Aggregator;
import org.beamframe.csv.CsvSource;
import org.beamframe.csv.CsvSplitReader;
import org.beamframe.csv.ResolvedSplit;
import org.beamframe.rows.RowFunction;
import org.beamframe.types.FrameSchema;

/**
 * A CSV read followed by a group-by aggregation (or, with no keys, a whole-column reduction), in
 * which each split is read, run through the read's row program and aggregated in one step: only
 * one partial aggregate per group and split crosses the shuffle, and no runner ever holds the
 * input's rows. The result equals {@link ReadCsv} then {@link AggregateBy} (or {@link Reduce}).
 */
public final class AggregateCsv extends PTransform<PBegin, PCollection<Row>> {
  private final ReadCsv read;
  private final List<String> keys;
  private final List<AggSpec> aggregations;

  private AggregateCsv(ReadCsv read, List<String> keys, List<AggSpec> aggregations) {
    this.read = read;
    this.keys = List.copyOf(keys);
    this.aggregations = List.copyOf(aggregations);
  }

  /** Groups the rows of {@code read} by {@code keys} (none: one row for the whole input). */
  public static AggregateCsv of(ReadCsv read, List<String> keys, List<AggSpec> aggregations) {
    return new AggregateCsv(read, keys, aggregations);
  }

  @Override
  public PCollection<Row> expand(PBegin input) {
    CsvSource source = read.source();
    FrameSchema records = read.recordSchema(source);
    FrameSchema rows = read.program().outputSchema(records);
    Aggregator aggregator = new Aggregator(rows, aggregations);
    Schema output = BeamSchemas.toBeam(AggregationSchema.of(rows, keys, aggregations));
    Schema keySchema = BeamSchemas.toBeam(rows.select(keys));
    int[] keyPositions = keys.stream().mapToInt(rows::indexOf).toArray();
    TupleTag<KV<Row, AggAccumulator>> partialsTag = new TupleTag<>() {};
    PCollectionTuple outputs = input.apply("PlanSplits", new PlanSplits(source))
        .apply("ReadAndPreAggregate", ParDo.of(new PreAggregateFn(new CsvSplitReader(records, source.options()),
                read.program().compile(records), keyPositions, keySchema, aggregator, partialsTag))
            .withOutputTags(partialsTag, TupleTagList.of(RejectedRecords.TAG)));
    RejectedRecords.write(outputs, source.options());
    PCollection<KV<Row, AggAccumulator>> partials = outputs.get(partialsTag)
        .setCoder(KvCoder.of(RowCoder.of(keySchema), new AggAccumulatorCoder(aggregator.inputTypes())));
    if (keys.isEmpty()) {
      return partials.apply("Partials", Values.create())
          .apply("CombineGlobally", Combine.globally(new MergeAccumulatorsFn(aggregator)))
          .setRowSchema(output);
    }
    return partials.apply("CombinePerKey", Combine.perKey(new MergeAccumulatorsFn(aggregator)))
        .apply("FlattenGroups", ParDo.of(new FlattenGroupsFn(output)))
        .setRowSchema(output);
  }

  private static final class PreAggregateFn extends DoFn<ResolvedSplit, KV<Row, AggAccumulator>> {
    private final CsvSplitReader reader;
    private final RowFunction program;
    private final int[] keyPositions;
    private final Schema keySchema;
    private final Aggregator aggregator;
    private final TupleTag<KV<Row, AggAccumulator>> partials;
    private final ReadCounters counters = new ReadCounters();
    private final Counter shuffled = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.SHUFFLE_ELEMENTS);

    PreAggregateFn(CsvSplitReader reader, RowFunction program, int[] keyPositions, Schema keySchema,
        Aggregator aggregator, TupleTag<KV<Row, AggAccumulator>> partials) {
      this.reader = reader;
      this.program = program;
      this.keyPositions = keyPositions;
      this.keySchema = keySchema;
      this.aggregator = aggregator;
      this.partials = partials;
    }

    @ProcessElement
    public void process(@Element ResolvedSplit split, MultiOutputReceiver out) {
      // One split's groups: bounded by the split's size, whatever the input's.
      Map<List<Object>, AggAccumulator> groups = new HashMap<>();
      ReadCounters.Tally tally = counters.tally(split);
      tally.read(reader.read(split, values -> {
        Object[] row = program.apply(values);
        if (row == null) {
          tally.filtered();
          return;
        }
        Object[] key = new Object[keyPositions.length];
        for (int i = 0; i < key.length; i++) {
          key[i] = row[keyPositions[i]];
          if (key[i] == null) {
            tally.nullKey();
            return;
          }
        }
        tally.out();
        aggregator.add(groups.computeIfAbsent(Arrays.asList(key), k -> aggregator.create()), index -> row[index]);
      }, rejected -> {
        tally.rejected();
        out.get(RejectedRecords.TAG).output(rejected);
      }));
      tally.commit();
      OutputReceiver<KV<Row, AggAccumulator>> main = out.get(partials);
      groups.forEach((key, acc) -> main.output(KV.of(Rows.of(keySchema, key.toArray()), acc)));
      shuffled.inc(groups.size());
    }
  }
}
