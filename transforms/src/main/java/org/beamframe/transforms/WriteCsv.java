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
 *
 * <pre>{@code
 * rows.apply("Write", WriteCsv.to("out/result.csv.tmp"));      // one file
 * rows.apply("WriteShards", WriteCsv.shardsIn("out/result"));  // out/result/part-00000-of-00004.csv, ...
 * }</pre>
 *
 * <p>Fields are quoted as RFC 4180 requires; a missing value is an empty field, a datetime is
 * {@code yyyy-MM-dd HH:mm:ss} and a bool is {@code True} or {@code False}, as pandas writes them.
 * Rows are written in no particular order (use {@link WriteSortedCsv} for a sorted file). The path
 * is any Beam {@code FileSystems} path.
 */
public final class WriteCsv extends PTransform<PCollection<Row>, PDone> {
  /** The file, or for shards the directory, to write. */
  private final String path;
  /** Whether the rows go to one file per shard in a directory rather than to one file. */
  private final boolean sharded;

  private WriteCsv(String path, boolean sharded) {
    this.path = path;
    this.sharded = sharded;
  }

  /**
   * The rows go to exactly {@code path} (a single file; the caller moves it into place).
   *
   * @param path the file to write
   * @return the transform
   */
  public static WriteCsv to(String path) {
    return new WriteCsv(path, false);
  }

  /**
   * The rows go to {@code directory/part-SSSSS-of-NNNNN.csv}, as many files as the runner writes in parallel.
   *
   * @param directory the directory the shards are written in
   * @return the transform
   */
  public static WriteCsv shardsIn(String directory) {
    return new WriteCsv(directory, true);
  }

  /**
   * Adds the steps {@code FormatCsv} and {@code WriteFile}; the header is the rows' field names.
   *
   * @param rows the rows to write
   * @return the end of the pipeline branch
   */
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
