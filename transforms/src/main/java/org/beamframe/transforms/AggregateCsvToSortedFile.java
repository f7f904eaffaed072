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
import org.beamframe.csv.ReadTask;
import org.beamframe.expr.Coercions;
import org.beamframe.rows.RowFunction;
import org.beamframe.rows.RowProgram;
import org.beamframe.storage.StoredPaths;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.ValueText;

/**
 * A CSV read, grouped by keys and written to one CSV file sorted by the keys (pandas' order of a
 * group-by's result), in memory bounded for any number of groups: each worker aggregates the rows
 * it reads into one table and, at the end of a bundle or whenever the table reaches
 * {@link BeamFrameOptions#getPartialGroupsBudget} groups (fewer for groups of many aggregations), writes it as a key-sorted run file; one
 * worker then merges all runs in key order, merging a group's partials as they meet, and writes the
 * file as it goes (more runs than it reads at once are first merged in passes into fewer runs). No
 * shuffle, and no step holds more than a budget of groups or one group and a buffer per run read.
 * The result equals {@link AggregateCsv} then {@link WriteSortedCsv} by the keys.
 *
 * <pre>{@code
 * // df.groupby(["year", "BUYER_STATE"]).grams.sum().to_csv("out/grams.csv")
 * pipeline.apply("GramsToFile", AggregateCsvToSortedFile.of(read,
 *     List.of("year", "BUYER_STATE"), List.of(AggSpec.sum("grams")),
 *     "out/.grams.csv.tmp", "out/.grams.runs"));
 * }</pre>
 *
 * <p>Groups sort ascending by each key in turn, a missing key value last. Memory per worker is set by
 * {@link BeamFrameOptions#getPartialGroupsBudget}; the merger's by {@link #withMergeFanIn}.
 * Rejected records go where the read's options say, as for {@link ReadCsv}.
 */
public final class AggregateCsvToSortedFile extends PTransform<PBegin, PDone> {
  /** Runs one merge pass reads at once: each holds an open file and a buffer. */
  private static final int DEFAULT_MERGE_FAN_IN = 128;
  /**
   * On an object store each run read is an open HTTP connection (the AWS SDK pools 50 by default)
   * with Beam's own 1 MiB read buffer: fewer at once.
   */
  private static final int OBJECT_STORE_MERGE_FAN_IN = 32;
  /** What one pass's read buffers share, spread over its runs (each gets 8 KiB to 1 MiB of it). */
  private static final int MERGE_BUFFER_BYTES = 32 << 20;

  /** The CSV read whose output rows are grouped. */
  private final ReadCsv read;
  /** The group key columns: the file's sort order, most significant first. */
  private final List<String> keys;
  /** The aggregations, in output order after the keys. */
  private final List<AggSpec> aggregations;
  /** Whether a row with a missing key value is dropped (pandas' {@code dropna=True}). */
  private final boolean dropNullKeys;
  /** The CSV file to write. */
  private final String path;
  /** Where the workers write their sorted run files; left for the caller to remove. */
  private final String runDirectory;
  /** The most runs one merge pass reads at once, at least 2. */
  private final int mergeFanIn;
  /** The row steps run on each merged group before it is written; empty for none. */
  private final RowProgram after;

  private AggregateCsvToSortedFile(ReadCsv read, List<String> keys, List<AggSpec> aggregations, boolean dropNullKeys,
      String path, String runDirectory, int mergeFanIn, RowProgram after) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a sorted group-by file needs group keys; a reduction is one row: use AggregateCsv");
    }
    this.read = read;
    this.keys = List.copyOf(keys);
    this.aggregations = List.copyOf(aggregations);
    this.dropNullKeys = dropNullKeys;
    this.path = path;
    this.runDirectory = runDirectory;
    if (mergeFanIn < 2) {
      throw new IllegalArgumentException("a merge pass reads at least 2 runs, got " + mergeFanIn);
    }
    this.mergeFanIn = mergeFanIn;
    this.after = after;
  }

  /**
   * Groups the rows of {@code read} by {@code keys} into exactly the file {@code path}; run files go
   * to {@code runDirectory}, which every worker must reach (beside the output, on its filesystem).
   * The runs stay there, so a merge that is retried finds them: the directory is the caller's to
   * remove after the run.
   *
   * @param read the CSV read, with its columns and row program; the aggregation sees its output rows
   * @param keys the key columns, at least one: the output's first columns and its sort order
   * @param aggregations the aggregations, at least one; checked when the transform is applied
   * @param path the CSV file to write
   * @param runDirectory the directory for run files, reachable from every worker
   * @return the transform; a merge pass reads at most 128 runs at once, or 32 when
   *     {@code runDirectory} is on an object store
   * @throws IllegalArgumentException if {@code keys} is empty (a reduction is one row: use {@link AggregateCsv})
   */
  public static AggregateCsvToSortedFile of(ReadCsv read, List<String> keys, List<AggSpec> aggregations, String path,
      String runDirectory) {
    return new AggregateCsvToSortedFile(read, keys, aggregations, true, path, runDirectory,
        StoredPaths.isLocal(runDirectory) ? DEFAULT_MERGE_FAN_IN : OBJECT_STORE_MERGE_FAN_IN, RowProgram.empty());
  }

  /**
   * pandas' {@code groupby(..., dropna=False)}: a missing key value is a group of its own, sorted last.
   *
   * @return a new transform that keeps rows with missing keys; this one is unchanged
   */
  public AggregateCsvToSortedFile keepingNullKeys() {
    return new AggregateCsvToSortedFile(read, keys, aggregations, false, path, runDirectory, mergeFanIn, after);
  }

  /**
   * At most {@code runs} runs read at once by one merge pass (default 128): open files and buffers.
   * More runs than that are first merged, in passes, into fewer runs.
   *
   * @param runs the most runs one pass reads at once, at least 2
   * @return a new transform; this one is unchanged
   * @throws IllegalArgumentException if {@code runs} is less than 2
   */
  public AggregateCsvToSortedFile withMergeFanIn(int runs) {
    return new AggregateCsvToSortedFile(read, keys, aggregations, dropNullKeys, path, runDirectory, runs, after);
  }

  /**
   * Row steps (filter, assign, select) run on each merged group, keys then aggregates, before it is
   * written: the rows stay in key order, so the steps must keep the keys. Replaces any steps given
   * before; as in pandas, steps written after a group-by run on its result.
   *
   * @param steps the filters, assignments and selections to run on each group's row
   * @return a new transform; this one is unchanged
   */
  public AggregateCsvToSortedFile withStepsAfter(RowProgram steps) {
    return new AggregateCsvToSortedFile(read, keys, aggregations, dropNullKeys, path, runDirectory, mergeFanIn, steps);
  }

  /**
   * Adds {@code PlanSplits}, {@code ReadAggregateAndSpillRuns} and {@code MergeRunsAndWrite} (plus
   * the dead-letter write, if the read asks for one). The file gets its header even when there are
   * no groups.
   *
   * @param input the pipeline's beginning
   * @return the end of the pipeline branch
   * @throws IllegalArgumentException if the keys, aggregations or steps after do not fit the read's
   *     rows, the steps after drop a key, or {@code --partialGroupsBudget} is less than 1
   */
  @Override
  public PDone expand(PBegin input) {
    AggregatingReader aggregating = AggregatingReader.of(read, keys, aggregations, dropNullKeys);
    FrameSchema rows = read.program().outputSchema(read.recordSchema(read.source()));
    SortedRunFiles runs = new SortedRunFiles(
        new PartialGroupsCoder(BeamSchemas.toBeam(rows.select(keys)), aggregating.aggregator()));
    FrameSchema groups = AggregationSchema.of(rows, keys, aggregations);
    FrameSchema written = after.outputSchema(groups);
    if (!written.names().containsAll(keys)) {
      throw new IllegalArgumentException("the steps after a sorted group-by must keep its keys " + keys
          + ", the file's order; they give " + written.names());
    }
    String header = CSVFormat.RFC4180.format(written.names().toArray());
    TupleTag<String> runsTag = new TupleTag<>() {};
    PCollectionTuple outputs = input.apply("PlanSplits", new PlanSplits(read.source()))
        .apply("ReadAggregateAndSpillRuns", ParDo.of(new SpillRunsFn(aggregating, runs, runDirectory,
                BeamFrameOptions.partialGroupsBudget(input.getPipeline().getOptions(), aggregations.size()), runsTag))
            .withOutputTags(runsTag, TupleTagList.of(RejectedRecords.TAG)));
    RejectedRecords.write(outputs, read.source().options());
    // The run paths reach the one merger as a side input, so even no runs give a file with its header.
    PCollectionView<List<String>> runPaths = outputs.get(runsTag).setCoder(StringUtf8Coder.of())
        .apply("RunPaths", View.asList());
    input.apply("Once", Create.of(path))
        .apply("MergeRunsAndWrite", ParDo.of(new MergeRunsFn(runPaths, runs, runDirectory, mergeFanIn,
                aggregating.aggregator(), after.compile(groups), header))
            .withSideInputs(runPaths));
    return PDone.in(input.getPipeline());
  }

  /** Aggregates splits into one table per worker and writes it as a sorted run when full and at the bundle's end. */
  private static final class SpillRunsFn extends DoFn<ReadTask, String> {
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
    public void process(@Element ReadTask task, MultiOutputReceiver out) {
      OutputReceiver<String> main = out.get(written);
      aggregating.read(task, table, () -> {
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

  /** Merges every run in key order into the output file, in passes of at most {@code fanIn} runs. */
  private static final class MergeRunsFn extends DoFn<String, Void> {
    private final PCollectionView<List<String>> written;
    private final SortedRunFiles runs;
    private final String directory;
    private final int fanIn;
    private final Aggregator aggregator;
    /** The steps after the group-by, on a group's keys and aggregates; null: the group is filtered out. */
    private final RowFunction after;
    private final String header;
    private final Counter filtered = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.ROWS_FILTERED);
    private final Counter coerced = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.VALUES_COERCED);

    MergeRunsFn(PCollectionView<List<String>> written, SortedRunFiles runs, String directory, int fanIn,
        Aggregator aggregator, RowFunction after, String header) {
      this.written = written;
      this.runs = runs;
      this.directory = directory;
      this.fanIn = fanIn;
      this.aggregator = aggregator;
      this.after = after;
      this.header = header;
    }

    @ProcessElement
    public void process(@Element String path, ProcessContext context) throws IOException {
      List<String> left = context.sideInput(written);
      while (left.size() > fanIn) {
        List<String> fewer = new ArrayList<>();
        for (int from = 0; from < left.size(); from += fanIn) {
          List<String> pass = left.subList(from, Math.min(left.size(), from + fanIn));
          if (pass.size() == 1) {
            fewer.add(pass.get(0));
            continue;
          }
          SortedRunFiles.Writer merged = runs.create(directory);
          merge(pass, merged::add);
          fewer.add(merged.finish());
        }
        left = fewer;
      }
      try (Writer out = Channels.newWriter(
          FileSystems.create(FileSystems.matchNewResource(path, false), MimeTypes.TEXT), StandardCharsets.UTF_8)) {
        out.write(header);
        out.write('\n');
        merge(left, (key, group) -> {
          Coercions.drain();
          Object[] row = after.apply(values(key, aggregator.extract(group)));
          coerced.inc(Coercions.drain());
          if (row == null) {
            filtered.inc();
            return;
          }
          out.write(CSVFormat.RFC4180.format(line(row)));
          out.write('\n');
        });
      }
    }

    /** Each group of {@code paths} once, in key order, its partials merged. */
    private void merge(List<String> paths, GroupSink sink) throws IOException {
      int buffer = Math.max(8 << 10, Math.min(1 << 20, MERGE_BUFFER_BYTES / Math.max(1, paths.size())));
      List<SortedRunFiles.Cursor> open = new ArrayList<>();
      PriorityQueue<SortedRunFiles.Cursor> next = new PriorityQueue<>(Math.max(1, paths.size()),
          (a, b) -> KeyOrder.compare(a.key(), b.key()));
      try {
        for (String run : paths) {
          SortedRunFiles.Cursor cursor = runs.open(run, buffer);
          open.add(cursor);
          advance(cursor, next);
        }
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
          sink.accept(key, group);
        }
      } finally {
        for (SortedRunFiles.Cursor cursor : open) {
          cursor.close();
        }
      }
    }

    private static void advance(SortedRunFiles.Cursor cursor, PriorityQueue<SortedRunFiles.Cursor> next)
        throws IOException {
      if (cursor.advance()) {
        next.add(cursor);
      }
    }

    private static Object[] values(Object[] key, Object[] aggregates) {
      Object[] values = new Object[key.length + aggregates.length];
      System.arraycopy(key, 0, values, 0, key.length);
      System.arraycopy(aggregates, 0, values, key.length, aggregates.length);
      return values;
    }

    private static Object[] line(Object[] row) {
      Object[] texts = new Object[row.length];
      for (int i = 0; i < row.length; i++) {
        texts[i] = ValueText.format(row[i]);
      }
      return texts;
    }

    /** Where a merge's groups go: a run of the next pass, or the file. */
    private interface GroupSink {
      void accept(Object[] key, AggAccumulator group) throws IOException;
    }
  }
}
