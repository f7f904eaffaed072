package org.beamframe;

import org.beamframe.csv.CsvReadOptions;
import org.beamframe.csv.CsvSource;
import org.beamframe.plan.ReadCsvNode;

/** Entry points, as pandas' {@code pd.read_csv}. */
public final class BeamFrame {
  private BeamFrame() {}

  /** A lazy frame over the CSV files matching {@code pattern}; reads the header and a sample now, no data. */
  public static DataFrame readCsv(String pattern) {
    return readCsv(pattern, CsvReadOptions.defaults());
  }

  public static DataFrame readCsv(String pattern, CsvReadOptions options) {
    return new DataFrame(ReadCsvNode.of(CsvSource.inspect(pattern, options)));
  }
}
