package org.beamframe.transforms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.Aggregator;
import org.beamframe.agg.GroupKey;
import org.beamframe.agg.PartialGroups;
import org.beamframe.csv.CsvSource;
import org.beamframe.csv.CsvSplitReader;
import org.beamframe.csv.ResolvedSplit;
import org.beamframe.rows.RowFunction;
import org.beamframe.types.FrameSchema;

/**
 * The first half of {@link AggregateCsv}: splits are read, run through the read's row program and
 * aggregated in one step into one table per worker, giving partial groups keyed by a few shuffle
 * partitions (the group key's hash): one element per partition each time a worker's table is
 * handed on (at the end of a bundle, or when it holds {@link BeamFrameOptions#getPartialGroupsBudget}
 * groups). {@link MergePartialAggregates} is the second half.
 */
public final class PreAggregateCsv extends PTransform<PBegin, PCollection<KV<Integer, PartialGroups>>> {
  private final ReadCsv read;
  private final List<String> keys;
  private final List<AggSpec> aggregations;
  private final boolean dropNullKeys;

  PreAggregateCsv(ReadCsv read, List<String> keys, List<AggSpec> aggregations, boolean dropNullKeys) {
    this.read = read;
    this.keys = List.copyOf(keys);
    this.aggregations = List.copyOf(aggregations);
    this.dropNullKeys = dropNullKeys;
  }

  /** Partial groups of the rows of {@code read} by {@code keys} (none: one partial result per split). */
  public static PreAggregateCsv of(ReadCsv read, List<String> keys, List<AggSpec> aggregations) {
    return new PreAggregateCsv(read, keys, aggregations, true);
  }

  /** pandas' {@code groupby(..., dropna=False)}: a missing key value is a group of its own. */
  public PreAggregateCsv keepingNullKeys() {
    return new PreAggregateCsv(read, keys, aggregations, false);
  }

  /** The schema of the rows the aggregation sees: the read's records after its row program. */
  public FrameSchema rowSchema() {
    return read.program().outputSchema(read.recordSchema(read.source()));
  }

  @Override
  public PCollection<KV<Integer, PartialGroups>> expand(PBegin input) {
    CsvSource source = read.source();
    FrameSchema records = read.recordSchema(source);
    FrameSchema rows = read.program().outputSchema(records);
    Aggregator aggregator = new Aggregator(rows, aggregations);
    int[] keyPositions = keys.stream().mapToInt(rows::indexOf).toArray();
    // Groups are spread over a few shuffle keys by their hash, each split sending one element per
    // key: few elements cross the shuffle, and the final merge still runs on every worker.
    int partitions = keys.isEmpty() ? 1 : BeamFrameOptions.shuffleKeys(input.getPipeline().getOptions());
    TupleTag<KV<Integer, PartialGroups>> partialsTag = new TupleTag<>() {};
    PCollectionTuple outputs = input.apply("PlanSplits", new PlanSplits(source))
        .apply("ReadAndPreAggregate", ParDo.of(new PreAggregateFn(new CsvSplitReader(records, source.options()),
                source.files(),
                read.program().compile(records), keyPositions, dropNullKeys, aggregator, partitions,
                BeamFrameOptions.partialGroupsBudget(input.getPipeline().getOptions()), partialsTag))
            .withOutputTags(partialsTag, TupleTagList.of(RejectedRecords.TAG)));
    RejectedRecords.write(outputs, source.options());
    return outputs.get(partialsTag)
        .setCoder(KvCoder.of(VarIntCoder.of(), new PartialGroupsCoder(BeamSchemas.toBeam(rows.select(keys)), aggregator)));
  }

  /** Byte offsets below 2^40 (1 TiB) per file; the file's index above them. */
  private static final int FILE_OFFSET_BITS = 40;

  /**
   * Reads splits and aggregates their rows into one table per worker: the table lives across the
   * splits of a bundle (a runner hands a worker many splits at once) and is handed to the shuffle at
   * the bundle's end, or earlier, whenever it holds {@code budget} groups, so memory stays bounded
   * for any number of groups. Partial groups of one key emitted twice are merged again after the
   * shuffle, so early flushes change nothing in the result.
   */
  private static final class PreAggregateFn extends DoFn<ResolvedSplit, KV<Integer, PartialGroups>> {
    private final CsvSplitReader reader;
    /** File order: a row's position is its file's index here, then its byte offset (for first and last). */
    private final Map<String, Long> fileIndexes = new HashMap<>();
    private final RowFunction program;
    private final int[] keyPositions;
    private final boolean dropNullKeys;
    private final Aggregator aggregator;
    private final int partitions;
    private final long budget;
    private final TupleTag<KV<Integer, PartialGroups>> partials;
    private final ReadCounters counters = new ReadCounters();
    private final Counter shuffled = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.SHUFFLE_ELEMENTS);
    private final Counter flushes = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.EARLY_FLUSHES);
    /** This worker's table, by shuffle partition; held for one bundle. */
    private transient PartialGroups[] byPartition;
    private transient long groups;

    PreAggregateFn(CsvSplitReader reader, List<String> files, RowFunction program, int[] keyPositions,
        boolean dropNullKeys, Aggregator aggregator, int partitions, long budget,
        TupleTag<KV<Integer, PartialGroups>> partials) {
      this.reader = reader;
      for (int i = 0; i < files.size(); i++) {
        fileIndexes.put(files.get(i), (long) i);
      }
      this.program = program;
      this.keyPositions = keyPositions;
      this.dropNullKeys = dropNullKeys;
      this.aggregator = aggregator;
      this.partitions = partitions;
      this.budget = budget;
      this.partials = partials;
    }

    @StartBundle
    public void startBundle() {
      byPartition = new PartialGroups[partitions];
      groups = 0;
    }

    @ProcessElement
    public void process(@Element ResolvedSplit split, MultiOutputReceiver out) {
      ReadCounters.Tally tally = counters.tally(split);
      long filePosition = fileIndexes.get(split.split().file()) << FILE_OFFSET_BITS;
      OutputReceiver<KV<Integer, PartialGroups>> main = out.get(partials);
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
        GroupKey group = new GroupKey(key);
        int partition = Math.floorMod(group.hashCode(), partitions);
        if (byPartition[partition] == null) {
          byPartition[partition] = new PartialGroups();
        }
        int before = byPartition[partition].size();
        aggregator.add(byPartition[partition].accumulatorOf(group, aggregator), index -> row[index],
            filePosition + offset);
        groups += byPartition[partition].size() - before;
        if (groups >= budget) {
          flushes.inc();
          flush(main::output);
        }
      }, rejected -> {
        tally.rejected();
        out.get(RejectedRecords.TAG).output(rejected);
      }));
      tally.commit();
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      flush(partial -> context.output(partials, partial, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
    }

    /** Hands every partition's partial groups to the shuffle and starts an empty table. */
    private void flush(Consumer<KV<Integer, PartialGroups>> out) {
      for (int partition = 0; partition < partitions; partition++) {
        if (byPartition[partition] != null) {
          out.accept(KV.of(partition, byPartition[partition]));
          shuffled.inc(byPartition[partition].size());
          byPartition[partition] = null;
        }
      }
      groups = 0;
    }
  }
}
