package org.beamframe.transforms;

import java.util.List;
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
import org.beamframe.agg.PartialGroups;
import org.beamframe.agg.TooManyGroupsException;
import org.beamframe.agg.WorkerTable;
import org.beamframe.csv.ReadTask;
import org.beamframe.types.FrameSchema;

/**
 * The first half of {@link AggregateCsv}: splits are read, run through the read's row program and
 * aggregated in one step into one table per worker, giving partial groups keyed by a few shuffle
 * partitions (the group key's hash): one element per partition each time a worker's table is
 * handed on (at the end of a bundle, or when it holds {@link BeamFrameOptions#getPartialGroupsBudget}
 * groups, fewer for groups of more than {@link BeamFrameOptions#AGGREGATIONS_PER_BUDGETED_GROUP}
 * aggregations). {@link MergePartialAggregates} is the second half.
 *
 * <p>Use it on its own to look at the partial groups, or to stop a run early when a group-by's
 * result would be too large to collect:
 *
 * <pre>{@code
 * PreAggregateCsv partials = PreAggregateCsv.of(read, keys, aggregations).stoppingPast(100_000);
 * PCollection<Row> groups = pipeline.apply("PreAggregate", partials)
 *     .apply("Merge", MergePartialAggregates.of(partials.rowSchema(), keys, aggregations));
 * }</pre>
 *
 * <p>The step counts the partial groups it hands on in {@link BeamFrameMetrics#SHUFFLE_ELEMENTS}
 * and its early hand-offs in {@link BeamFrameMetrics#EARLY_FLUSHES}.
 */
public final class PreAggregateCsv extends PTransform<PBegin, PCollection<KV<Integer, PartialGroups>>> {
  /** The CSV read whose output rows are aggregated. */
  private final ReadCsv read;
  /** The group key columns; empty for a whole-input reduction. */
  private final List<String> keys;
  /** The aggregations, in output order. */
  private final List<AggSpec> aggregations;
  /** Whether a row with a missing key value is dropped (pandas' {@code dropna=True}). */
  private final boolean dropNullKeys;
  /** The most groups one worker's table may hold before the run stops; {@code Long.MAX_VALUE} for no limit. */
  private final long groupLimit;

  PreAggregateCsv(ReadCsv read, List<String> keys, List<AggSpec> aggregations, boolean dropNullKeys, long groupLimit) {
    this.read = read;
    this.keys = List.copyOf(keys);
    this.aggregations = List.copyOf(aggregations);
    this.dropNullKeys = dropNullKeys;
    this.groupLimit = groupLimit;
  }

  /**
   * Partial groups of the rows of {@code read} by {@code keys} (none: one partial result per split).
   *
   * @param read the CSV read, with its columns and row program; the aggregation sees its output rows
   * @param keys the key columns; empty for a whole-input reduction
   * @param aggregations the aggregations, at least one; checked when the transform is applied
   * @return the transform, with no limit on the number of groups
   */
  public static PreAggregateCsv of(ReadCsv read, List<String> keys, List<AggSpec> aggregations) {
    return new PreAggregateCsv(read, keys, aggregations, true, Long.MAX_VALUE);
  }

  /**
   * pandas' {@code groupby(..., dropna=False)}: a missing key value is a group of its own.
   *
   * @return a new transform that keeps rows with missing keys; this one is unchanged
   */
  public PreAggregateCsv keepingNullKeys() {
    return new PreAggregateCsv(read, keys, aggregations, false, groupLimit);
  }

  /**
   * For a result of at most {@code groups} rows, one per group: the run stops with a {@link
   * TooManyGroupsException} as soon as one worker's table holds more groups than that (which it can
   * only show while its budget of groups is above the limit).
   *
   * @param groups the most rows the result may have
   * @return a new transform; this one is unchanged
   */
  public PreAggregateCsv stoppingPast(long groups) {
    return new PreAggregateCsv(read, keys, aggregations, dropNullKeys, groups);
  }

  /**
   * The schema of the rows the aggregation sees: the read's records after its row program.
   * Inspects the files if the read was made from a pattern.
   *
   * @return the schema of the aggregated rows, as {@link MergePartialAggregates#of} needs it
   * @throws IllegalArgumentException if the read's columns or program do not fit the files, or the
   *     files cannot be inspected
   */
  public FrameSchema rowSchema() {
    return read.program().outputSchema(read.recordSchema(read.source()));
  }

  /**
   * Adds {@code PlanSplits} and {@code ReadAndPreAggregate} (plus the dead-letter write, if the
   * read asks for one).
   *
   * @param input the pipeline's beginning
   * @return partial groups keyed by shuffle partition, one element per partition and hand-off
   * @throws IllegalArgumentException if the keys or aggregations do not fit the read's rows, or
   *     {@code --partialGroupsBudget} is less than 1
   */
  @Override
  public PCollection<KV<Integer, PartialGroups>> expand(PBegin input) {
    AggregatingReader aggregating = AggregatingReader.of(read, keys, aggregations, dropNullKeys);
    // Groups are spread over a few shuffle keys by their hash, each worker sending one element per
    // key: few elements cross the shuffle, and the final merge still runs on every worker.
    int partitions = keys.isEmpty() ? 1 : BeamFrameOptions.shuffleKeys(input.getPipeline().getOptions());
    TupleTag<KV<Integer, PartialGroups>> partialsTag = new TupleTag<>() {};
    PCollectionTuple outputs = input.apply("PlanSplits", new PlanSplits(read.source()))
        .apply("ReadAndPreAggregate", ParDo.of(new PreAggregateFn(aggregating, partitions,
                BeamFrameOptions.partialGroupsBudget(input.getPipeline().getOptions(), aggregations.size()), groupLimit, partialsTag))
            .withOutputTags(partialsTag, TupleTagList.of(RejectedRecords.TAG)));
    RejectedRecords.write(outputs, read.source().options());
    return outputs.get(partialsTag).setCoder(KvCoder.of(VarIntCoder.of(),
        new PartialGroupsCoder(BeamSchemas.toBeam(rowSchema().select(keys)), aggregating.aggregator())));
  }

  /**
   * Reads splits and aggregates their rows into one table per worker: the table lives across the
   * splits of a bundle (a runner hands a worker many splits at once) and is handed to the shuffle at
   * the bundle's end, or earlier, whenever it holds {@code budget} groups, so memory stays bounded
   * for any number of groups. Partial groups of one key emitted twice are merged again after the
   * shuffle, so early flushes change nothing in the result.
   */
  private static final class PreAggregateFn extends DoFn<ReadTask, KV<Integer, PartialGroups>> {
    private final AggregatingReader aggregating;
    private final int partitions;
    private final long budget;
    private final long groupLimit;
    private final TupleTag<KV<Integer, PartialGroups>> partials;
    private final Counter shuffled = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.SHUFFLE_ELEMENTS);
    private final Counter flushes = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.EARLY_FLUSHES);
    /** This worker's table; held for one bundle. */
    private transient WorkerTable table;

    PreAggregateFn(AggregatingReader aggregating, int partitions, long budget, long groupLimit,
        TupleTag<KV<Integer, PartialGroups>> partials) {
      this.aggregating = aggregating;
      this.partitions = partitions;
      this.budget = budget;
      this.groupLimit = groupLimit;
      this.partials = partials;
    }

    @StartBundle
    public void startBundle() {
      table = new WorkerTable(partitions, budget, groupLimit);
    }

    @ProcessElement
    public void process(@Element ReadTask task, MultiOutputReceiver out) {
      OutputReceiver<KV<Integer, PartialGroups>> main = out.get(partials);
      aggregating.read(task, table, () -> {
        flushes.inc();
        flush(main::output);
      }, out.get(RejectedRecords.TAG)::output);
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      flush(partial -> context.output(partials, partial, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
    }

    /** Hands every partition's partial groups to the shuffle and starts an empty table. */
    private void flush(Consumer<KV<Integer, PartialGroups>> out) {
      table.drain((groups, partition) -> {
        out.accept(KV.of(partition, groups));
        shuffled.inc(groups.size());
      });
    }
  }
}
