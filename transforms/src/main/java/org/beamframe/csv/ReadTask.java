package org.beamframe.csv;

import java.io.Serializable;
import java.util.List;

/**
 * What one call of {@link CsvSplitReader} reads: one split of the parallel read, or, for a read of
 * the first {@code nrows} rows, every file whole, one after another in listing order, until that
 * many rows. A row limit needs the rows before it, so such a task is never cut into parallel parts.
 *
 * @param splits the splits, read in this order
 * @param rowLimit the most rows the task gives (rejected records do not count); {@code Long.MAX_VALUE} for all
 * @serial exclude
 */
public record ReadTask(List<ResolvedSplit> splits, long rowLimit) implements Serializable {
  /**
   * Checks the limit and copies the splits.
   *
   * @param splits the splits, in read order
   * @param rowLimit the most rows, at least 0
   * @throws IllegalArgumentException if {@code rowLimit} is negative
   */
  public ReadTask {
    splits = List.copyOf(splits);
    if (rowLimit < 0) {
      throw new IllegalArgumentException("rowLimit must be at least 0, got " + rowLimit);
    }
  }

  /**
   * A task of one split, all its rows.
   *
   * @param split the split
   * @return the task
   */
  public static ReadTask of(ResolvedSplit split) {
    return new ReadTask(List.of(split), Long.MAX_VALUE);
  }

  /**
   * The bytes the task covers, as stored (a gzip file's compressed size), whether or not a row limit stops it early.
   *
   * @return the sum of its splits' sizes
   */
  public long bytes() {
    return splits.stream().mapToLong(split -> split.split().end() - split.split().start()).sum();
  }

  /** The splits, e.g. {@code [a.csv[0, 100)]}, and the row limit if there is one. */
  @Override
  public String toString() {
    return splits + (rowLimit == Long.MAX_VALUE ? "" : ", first " + rowLimit + " rows");
  }
}
