package org.beamframe.transforms;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.Aggregator;
import org.beamframe.agg.GroupKey;
import org.beamframe.agg.WorkerTable;
import org.beamframe.csv.CsvSource;
import org.beamframe.csv.CsvSplitReader;
import org.beamframe.csv.RejectedRecord;
import org.beamframe.csv.ReadTask;
import org.beamframe.rows.RowFunction;
import org.beamframe.types.FrameSchema;

/**
 * Reads CSV splits through the read's row program straight into a worker's table of partial
 * groups: the first step of every aggregation fused into its read. Every record is counted (out,
 * filtered, without a key, rejected), so the read reconciles.
 */
final class AggregatingReader implements Serializable {
  /** Byte offsets below 2^40 (1 TiB) per file; the file's index above them. */
  private static final int FILE_OFFSET_BITS = 40;

  private final CsvSplitReader reader;
  /** File order: a row's position is its file's index here, then its byte offset (for first and last). */
  private final Map<String, Long> fileIndexes = new HashMap<>();
  private final RowFunction program;
  private final int[] keyPositions;
  private final boolean dropNullKeys;
  private final Aggregator aggregator;
  private final ReadCounters counters = new ReadCounters();

  private AggregatingReader(CsvSplitReader reader, List<String> files, RowFunction program, int[] keyPositions,
      boolean dropNullKeys, Aggregator aggregator) {
    this.reader = reader;
    for (int i = 0; i < files.size(); i++) {
      fileIndexes.put(files.get(i), (long) i);
    }
    this.program = program;
    this.keyPositions = keyPositions;
    this.dropNullKeys = dropNullKeys;
    this.aggregator = aggregator;
  }

  /** Aggregates the rows of {@code read} by {@code keys}; rows missing a key are skipped if {@code dropNullKeys}. */
  static AggregatingReader of(ReadCsv read, List<String> keys, List<AggSpec> aggregations, boolean dropNullKeys) {
    CsvSource source = read.source();
    FrameSchema records = read.recordSchema(source);
    FrameSchema rows = read.program().outputSchema(records);
    return new AggregatingReader(new CsvSplitReader(records, source.options()), source.files(),
        read.program().compile(records), keys.stream().mapToInt(rows::indexOf).toArray(), dropNullKeys,
        new Aggregator(rows, aggregations));
  }

  Aggregator aggregator() {
    return aggregator;
  }

  /**
   * Adds the rows of {@code task} to {@code table}, calling {@code whenFull} (which is to drain it)
   * as soon as the table reaches its budget; rejected records go to {@code rejected}.
   */
  void read(ReadTask task, WorkerTable table, Runnable whenFull, Consumer<RejectedRecord> rejected) {
    ReadCounters.Tally tally = counters.tally(task);
    // The file's place in the order, looked up again only when the rows move on to another file (the
    // reader passes the same String for every row of a split, so comparing references is enough).
    String[] file = {null};
    long[] filePosition = {0};
    tally.read(reader.read(task, (values, path, offset) -> {
      if (path != file[0]) {
        file[0] = path;
        filePosition[0] = fileIndexes.get(path) << FILE_OFFSET_BITS;
      }
      Object[] row = program.apply(values);
      if (row == null) {
        tally.filtered();
        return;
      }
      Object[] key = new Object[keyPositions.length];
      for (int i = 0; i < key.length; i++) {
        key[i] = GroupKey.canonical(row[keyPositions[i]]);
        if (key[i] == null && dropNullKeys) {
          tally.nullKey();
          return;
        }
      }
      tally.out();
      aggregator.add(table.accumulatorOf(new GroupKey(key), aggregator), index -> row[index], filePosition[0] + offset);
      if (table.full()) {
        whenFull.run();
      }
    }, record -> {
      tally.rejected();
      rejected.accept(record);
    }));
    tally.commit();
  }
}
