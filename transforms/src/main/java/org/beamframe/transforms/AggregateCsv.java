package org.beamframe.transforms;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
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
import org.beamframe.agg.PartialGroups;
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
  private final boolean dropNullKeys;

  private AggregateCsv(ReadCsv read, List<String> keys, List<AggSpec> aggregations, boolean dropNullKeys) {
    this.read = read;
    this.keys = List.copyOf(keys);
    this.aggregations = List.copyOf(aggregations);
    this.dropNullKeys = dropNullKeys;
  }

  /** Groups the rows of {@code read} by {@code keys} (none: one row for the whole input). */
  public static AggregateCsv of(ReadCsv read, List<String> keys, List<AggSpec> aggregations) {
    return new AggregateCsv(read, keys, aggregations, true);
  }

  /** pandas' {@code groupby(..., dropna=False)}: a missing key value is a group of its own. */
  public AggregateCsv keepingNullKeys() {
    return new AggregateCsv(read, keys, aggregations, false);
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
    // Groups are spread over a few shuffle keys by their hash, each split sending one element per
    // key: few elements cross the shuffle, and the final merge still runs on every worker.
    int partitions = keys.isEmpty() ? 1 : BeamFrameOptions.shuffleKeys(input.getPipeline().getOptions());
    TupleTag<KV<Integer, PartialGroups>> partialsTag = new TupleTag<>() {};
    PCollectionTuple outputs = input.apply("PlanSplits", new PlanSplits(source))
        .apply("ReadAndPreAggregate", ParDo.of(new PreAggregateFn(new CsvSplitReader(records, source.options()),
                source.files(),
                read.program().compile(records), keyPositions, dropNullKeys, aggregator, partitions, partialsTag))
            .withOutputTags(partialsTag, TupleTagList.of(RejectedRecords.TAG)));
    RejectedRecords.write(outputs, source.options());
    PCollection<KV<Integer, PartialGroups>> partials = outputs.get(partialsTag)
        .setCoder(KvCoder.of(VarIntCoder.of(), new PartialGroupsCoder(keySchema, aggregator)));
    if (keys.isEmpty()) {
      // A reduction has one result even for no rows, as Combine.globally gives.
      return partials.apply("Accumulators", ParDo.of(new OnlyAccumulatorFn()))
          .setCoder(new AggAccumulatorCoder(aggregator.inputTypes()))
          .apply("CombineGlobally", Combine.globally(new MergeAccumulatorsFn(aggregator)))
          .setRowSchema(output);
    }
    return partials.apply("MergePartitions", Combine.perKey(new MergePartialGroupsFn(aggregator, keySchema)))
        .apply("EmitGroups", ParDo.of(new EmitGroupsFn(aggregator, output)))
        .setRowSchema(output);
  }

  /** The one group of a reduction's partial groups. */
  private static final class OnlyAccumulatorFn extends DoFn<KV<Integer, PartialGroups>, AggAccumulator> {
    @ProcessElement
    public void process(@Element KV<Integer, PartialGroups> partial, OutputReceiver<AggAccumulator> out) {
      partial.getValue().groups().values().forEach(out::output);
    }
  }

  /** Byte offsets below 2^40 (1 TiB) per file; the file's index above them. */
  private static final int FILE_OFFSET_BITS = 40;

  private static final class PreAggregateFn extends DoFn<ResolvedSplit, KV<Integer, PartialGroups>> {
    private final CsvSplitReader reader;
    /** File order: a row's position is its file's index here, then its byte offset (for first and last). */
    private final Map<String, Long> fileIndexes = new HashMap<>();
    private final RowFunction program;
    private final int[] keyPositions;
    private final boolean dropNullKeys;
    private final Aggregator aggregator;
    private final int partitions;
    private final TupleTag<KV<Integer, PartialGroups>> partials;
    private final ReadCounters counters = new ReadCounters();
    private final Counter shuffled = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.SHUFFLE_ELEMENTS);

    PreAggregateFn(CsvSplitReader reader, List<String> files, RowFunction program, int[] keyPositions,
        boolean dropNullKeys, Aggregator aggregator, int partitions, TupleTag<KV<Integer, PartialGroups>> partials) {
      this.reader = reader;
      for (int i = 0; i < files.size(); i++) {
        fileIndexes.put(files.get(i), (long) i);
      }
      this.program = program;
      this.keyPositions = keyPositions;
      this.dropNullKeys = dropNullKeys;
      this.aggregator = aggregator;
      this.partitions = partitions;
      this.partials = partials;
    }

    @ProcessElement
    public void process(@Element ResolvedSplit split, MultiOutputReceiver out) {
      // One split's groups: bounded by the split's size, whatever the input's.
      PartialGroups[] byPartition = new PartialGroups[partitions];
      ReadCounters.Tally tally = counters.tally(split);
      long filePosition = fileIndexes.get(split.split().file()) << FILE_OFFSET_BITS;
      tally.read(reader.read(split, (values, offset) -> {
        Object[] row = program.apply(values);
        if (row == null) {
          tally.filtered();
          return;
        }
        Object[] key = new Object[keyPositions.length];
        for (int i = 0; i < key.length; i++) {
          key[i] = row[keyPositions[i]];
          if (key[i] == null && dropNullKeys) {
            tally.nullKey();
            return;
          }
        }
        tally.out();
        List<Object> group = Arrays.asList(key);
        int partition = Math.floorMod(group.hashCode(), partitions);
        if (byPartition[partition] == null) {
          byPartition[partition] = new PartialGroups();
        }
        aggregator.add(byPartition[partition].accumulatorOf(group, aggregator), index -> row[index],
            filePosition + offset);
      }, rejected -> {
        tally.rejected();
        out.get(RejectedRecords.TAG).output(rejected);
      }));
      tally.commit();
      OutputReceiver<KV<Integer, PartialGroups>> main = out.get(partials);
      for (int partition = 0; partition < partitions; partition++) {
        if (byPartition[partition] != null) {
          main.output(KV.of(partition, byPartition[partition]));
          shuffled.inc(byPartition[partition].size());
        }
      }
    }
  }
}
