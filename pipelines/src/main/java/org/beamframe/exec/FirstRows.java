package org.beamframe.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.beamframe.csv.CsvSource;
import org.beamframe.csv.CsvSplitReader;
import org.beamframe.expr.Coercions;
import org.beamframe.physical.CsvScan;
import org.beamframe.rows.RowFunction;
import org.beamframe.types.FrameSchema;

/**
 * pandas' and dask's {@code head(n)} for a plan that only reads and transforms rows: the files are
 * read here, in order, from their start, and reading stops at the n-th row, as dask reads only its
 * first partition. No pipeline runs; the records read are accounted for as in a run: a bad record
 * fails the read, or, with a lenient read, is counted as rejected (and not written to a dead letter).
 */
final class FirstRows {
  private FirstRows() {}

  /** The first {@code n} rows of {@code scan}, and what happened to every record read to find them. */
  static Outcome of(CsvScan scan, int n) {
    if (n == 0) {
      return new Outcome(List.of(), new RunReport(0, 0, 0, 0, 0, 0, 0));
    }
    CsvSource source = scan.source();
    FrameSchema records = scan.recordSchema();
    CsvSplitReader reader = new CsvSplitReader(records, source.options());
    RowFunction function = scan.program().compile(records);
    List<List<Object>> rows = new ArrayList<>();
    long[] filtered = {0};
    long[] rejected = {0};
    Coercions.drain();
    try {
      // The files in order from their start; a read with nrows also stops at its nrows-th row.
      reader.read(source.firstRows(), values -> {
        Object[] row = function.apply(values);
        if (row == null) {
          filtered[0]++;
          return;
        }
        rows.add(Arrays.asList(row));
        if (rows.size() == n) {
          throw new Enough();
        }
      }, bad -> rejected[0]++);
    } catch (Enough enough) {
      // n rows: read no further
    }
    long recordsRead = rows.size() + filtered[0] + rejected[0];
    return new Outcome(rows, new RunReport(recordsRead, rows.size(), filtered[0], 0, rejected[0], Coercions.drain(), 0));
  }

  /** Stops a read in the middle: the reader has no other way to be told it has given enough. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }
}
