package org.beamframe.transforms;

import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.commons.csv.CSVFormat;
import org.beamframe.types.ValueText;

/**
 * Writes rows as CSV with a header, values as pandas' {@code to_csv} writes them: one file, or one
 * file per shard as dask's {@code to_csv("dir/part-*.csv")}, each shard with its header.
 */
public final class WriteCsv extends PTransform<PCollection<Row>, PDone> {
  private final String path;
  private final boolean sharded;

  private WriteCsv(String path, boolean sharded) {
    this.path = path;
    this.sharded = sharded;
  }

  /** The rows go to exactly {@code path} (a single file; the caller moves it into place). */
  public static WriteCsv to(String path) {
    return new WriteCsv(path, false);
  }

  /** The rows go to {@code directory/part-SSSSS-of-NNNNN.csv}, as many files as the runner writes in parallel. */
  public static WriteCsv shardsIn(String directory) {
    return new WriteCsv(directory, true);
  }

  @Override
  public PDone expand(PCollection<Row> rows) {
    String header = CSVFormat.RFC4180.format(rows.getSchema().getFieldNames().toArray());
    return rows
        .apply("FormatCsv", MapElements.into(TypeDescriptors.strings()).via(
            (Row row) -> CSVFormat.RFC4180.format(row.getValues().stream().map(ValueText::format).toArray())))
        .apply("WriteFile", sharded
            ? TextIO.write().to(path + "/part").withSuffix(".csv").withHeader(header)
            : TextIO.write().to(path).withoutSharding().withHeader(header));
  }
}
