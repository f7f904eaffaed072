package org.beamframe.transforms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.commons.csv.CSVFormat;
import org.beamframe.agg.AggAccumulator;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.AggregationSchema;
import org.beamframe.agg.Aggregator;
import org.beamframe.agg.KeyOrder;
import org.beamframe.agg.WorkerTable;
import org.beamframe.csv.ResolvedSplit;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.ValueText;

/**
 * A CSV read, grouped by keys and written to one CSV file sorted by the keys (pandas' order of a
 * group-by's result), in memory bounded for any number of groups: each worker aggregates the rows
 * it reads into one table and, at the end of a bundle or whenever the table reaches
 * {@link BeamFrameOptions#getPartialGroupsBudget} groups, writes it as a key-sorted run file; one
 * worker then merges all runs in key order, merging a group's partials as they meet, and writes the
 * file as it goes. No shuffle, and no step holds more than a budget of groups or one group per run.
 * The result equals {@link AggregateCsv} then {@link WriteSortedCsv} by the keys.
 */
public final class AggregateCsvToSortedFile extends PTransform<PBegin, PDone> {
  /** What the merge's read buffers share, spread over the runs (each gets 8 KiB to 1 MiB of it). */
  private static final int MERGE_BUFFER_BYTES = 64 << 20;

  private final ReadCsv read;
  private final List<String> keys;
  private final List<AggSpec> aggregations;
  private final boolean dropNullKeys;
  private final String path;
  private final String runDirectory;

  private AggregateCsvToSortedFile(ReadCsv read, List<String> keys, List<AggSpec> aggregations, boolean dropNullKeys,
      String path, String runDirectory) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a sorted group-by file needs group keys; a reduction is one row: use AggregateCsv");
    }
    this.read = read;
    this.keys = List.copyOf(keys);
    this.aggregations = List.copyOf(aggregations);
    this.dropNullKeys = dropNullKeys;
    this.path = path;
    this.runDirectory = runDirectory;
  }

  /**
   * Groups the rows of {@code read} by {@code keys} into exactly the file {@code path}; run files go
   * to {@code runDirectory}, which every worker must reach (beside the output, on its filesystem).
   * The runs are deleted once merged; the directory is the caller's.
   */
  public static AggregateCsvToSortedFile of(ReadCsv read, List<String> keys, List<AggSpec> aggregations, String path,
      String runDirectory) {
    return new AggregateCsvToSortedFile(read, keys, aggregations, true, path, runDirectory);
  }

  /** pandas' {@code groupby(..., dropna=False)}: a missing key value is a group of its own, sorted last. */
  public AggregateCsvToSortedFile keepingNullKeys() {
    return new AggregateCsvToSortedFile(read, keys, aggregations, false, path, runDirectory);
  }

  @Override
  public PDone expand(PBegin input) {
    AggregatingReader aggregating = AggregatingReader.of(read, keys, aggregations, dropNullKeys);
    FrameSchema rows = read.program().outputSchema(read.recordSchema(read.source()));
    SortedRunFiles runs = new SortedRunFiles(BeamSchemas.toBeam(rows.select(keys)), aggregating.aggregator());
    String header = CSVFormat.RFC4180.format(AggregationSchema.of(rows, keys, aggregations).names().toArray());
    TupleTag<String> runsTag = new TupleTag<>() {};
    PCollectionTuple outputs = input.apply("PlanSplits", new PlanSplits(read.source()))
        .apply("ReadAggregateAndSpillRuns", ParDo.of(new SpillRunsFn(aggregating, runs, runDirectory,
                BeamFrameOptions.partialGroupsBudget(input.getPipeline().getOptions()), runsTag))
            .withOutputTags(runsTag, TupleTagList.of(RejectedRecords.TAG)));
    RejectedRecords.write(outputs, read.source().options());
    // The run paths reach the one merger as a side input, so even no runs give a file with its header.
    PCollectionView<List<String>> written = outputs.get(runsTag).setCoder(StringUtf8Coder.of())
        .apply("RunPaths", View.asList());
    input.apply("Once", Create.of(path))
        .apply("MergeRunsAndWrite", ParDo.of(new MergeRunsFn(written, runs, aggregating.aggregator(), header))
            .withSideInputs(written));
    return PDone.in(input.getPipeline());
  }

  /** Aggregates splits into one table per worker and writes it as a sorted run when full and at the bundle's end. */
  private static final class SpillRunsFn extends DoFn<ResolvedSplit, String> {
    private final AggregatingReader aggregating;
    private final SortedRunFiles runs;
    private final String directory;
    private final long budget;
    private final TupleTag<String> written;
    private final Counter flushes = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.EARLY_FLUSHES);
    private transient WorkerTable table;

    SpillRunsFn(AggregatingReader aggregating, SortedRunFiles runs, String directory, long budget,
        TupleTag<String> written) {
      this.aggregating = aggregating;
      this.runs = runs;
      this.directory = directory;
      this.budget = budget;
      this.written = written;
    }

    @StartBundle
    public void startBundle() {
      table = new WorkerTable(1, budget);
    }

    @ProcessElement
    public void process(@Element ResolvedSplit split, MultiOutputReceiver out) {
      OutputReceiver<String> main = out.get(written);
      aggregating.read(split, table, () -> {
        flushes.inc();
        spill(main::output);
      }, out.get(RejectedRecords.TAG)::output);
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      spill(run -> context.output(written, run, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
    }

    private void spill(Consumer<String> out) {
      table.drain((groups, partition) -> {
        try {
          out.accept(runs.write(groups, directory));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write a run of partial groups to " + directory + ": "
              + e.getMessage(), e);
        }
      });
    }
  }

  /** Merges every run in key order into the output file, then deletes the runs. */
  private static final class MergeRunsFn extends DoFn<String, Void> {
    private final PCollectionView<List<String>> written;
    private final SortedRunFiles runs;
    private final Aggregator aggregator;
    private final String header;

    MergeRunsFn(PCollectionView<List<String>> written, SortedRunFiles runs, Aggregator aggregator, String header) {
      this.written = written;
      this.runs = runs;
      this.aggregator = aggregator;
      this.header = header;
    }

    @ProcessElement
    public void process(@Element String path, ProcessContext context) throws IOException {
      List<String> paths = context.sideInput(written);
      int buffer = Math.max(8 << 10, Math.min(1 << 20, MERGE_BUFFER_BYTES / Math.max(1, paths.size())));
      PriorityQueue<SortedRunFiles.Cursor> next = new PriorityQueue<>(Math.max(1, paths.size()),
          (a, b) -> KeyOrder.compare(a.key(), b.key()));
      try (Writer out = Channels.newWriter(
          FileSystems.create(FileSystems.matchNewResource(path, false), MimeTypes.TEXT), StandardCharsets.UTF_8)) {
        for (String run : paths) {
          advance(runs.open(run, buffer), next);
        }
        out.write(header);
        out.write('\n');
        while (!next.isEmpty()) {
          SortedRunFiles.Cursor first = next.poll();
          Object[] key = first.key();
          AggAccumulator group = first.accumulator();
          advance(first, next);
          while (!next.isEmpty() && KeyOrder.compare(next.peek().key(), key) == 0) {
            SortedRunFiles.Cursor same = next.poll();
            aggregator.merge(group, same.accumulator());
            advance(same, next);
          }
          out.write(CSVFormat.RFC4180.format(line(key, aggregator.extract(group))));
          out.write('\n');
        }
      } finally {
        for (SortedRunFiles.Cursor open : next) {
          open.close();
        }
      }
      List<ResourceId> merged = new ArrayList<>();
      paths.forEach(run -> merged.add(FileSystems.matchNewResource(run, false)));
      FileSystems.delete(merged, StandardMoveOptions.IGNORE_MISSING_FILES);
    }

    private static void advance(SortedRunFiles.Cursor cursor, PriorityQueue<SortedRunFiles.Cursor> next)
        throws IOException {
      if (cursor.advance()) {
        next.add(cursor);
      }
    }

    private static Object[] line(Object[] key, Object[] aggregates) {
      Object[] values = new Object[key.length + aggregates.length];
      for (int i = 0; i < key.length; i++) {
        values[i] = ValueText.format(key[i]);
      }
      for (int i = 0; i < aggregates.length; i++) {
        values[key.length + i] = ValueText.format(aggregates[i]);
      }
      return values;
    }
  }
}
