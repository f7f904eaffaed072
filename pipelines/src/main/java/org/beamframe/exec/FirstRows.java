package org.beamframe.exec;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.beamframe.csv.CsvSource;
import org.beamframe.csv.CsvSplitReader;
import org.beamframe.csv.FileSplit;
import org.beamframe.csv.ResolvedSplit;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.ReadCsvNode;
import org.beamframe.plan.RowsNode;
import org.beamframe.rows.RowFunction;
import org.beamframe.rows.RowProgram;
import org.beamframe.types.FrameSchema;

/**
 * pandas' and dask's {@code head(n)} for a plan that only reads and transforms rows: the files are
 * read here, in order, from their start, and reading stops at the n-th row, as dask reads only its
 * first partition. No pipeline runs, so no rows are counted as filtered or rejected; a bad record
 * among the rows read fails as in a run (or is skipped, with a lenient read).
 */
public final class FirstRows {
  private FirstRows() {}

  /** The first {@code n} rows of {@code optimized}, or empty if the plan needs all rows (an aggregation, top rows). */
  public static Optional<List<List<Object>>> of(PlanNode optimized, int n) {
    ReadCsvNode read;
    RowProgram program;
    if (optimized instanceof ReadCsvNode node) {
      read = node;
      program = RowProgram.empty();
    } else if (optimized instanceof RowsNode rows && rows.child() instanceof ReadCsvNode node) {
      read = node;
      program = rows.program();
    } else {
      return Optional.empty();
    }
    if (n == 0) {
      return Optional.of(List.of());
    }
    CsvSource source = read.source();
    FrameSchema records = source.schema().select(read.columns());
    CsvSplitReader reader = new CsvSplitReader(records, source.options());
    RowFunction function = program.compile(records);
    List<List<Object>> rows = new ArrayList<>();
    for (String file : source.files()) {
      try {
        reader.read(ResolvedSplit.wholeFile(new FileSplit(file, 0, new File(file).length())), values -> {
          Object[] row = function.apply(values);
          if (row != null) {
            rows.add(Arrays.asList(row));
            if (rows.size() == n) {
              throw new Enough();
            }
          }
        }, rejected -> {});
      } catch (Enough enough) {
        break;
      }
    }
    return Optional.of(rows);
  }

  /** Stops a read in the middle: the reader has no other way to be told it has given enough. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }
}
