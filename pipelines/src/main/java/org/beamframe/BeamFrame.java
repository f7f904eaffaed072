package org.beamframe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.csv.CsvSource;
import org.beamframe.exec.PCollectionSource;
import org.beamframe.plan.BeamInputNode;
import org.beamframe.plan.LocalRowsNode;
import org.beamframe.plan.ReadCsvNode;
import org.beamframe.types.FrameSchema;

/**
 * Entry points, as pandas' {@code pd.read_csv} and {@code pd.DataFrame(...)}, and Beam's {@code to_dataframe}.
 *
 * <p>Every method here returns a lazy {@link DataFrame}: it records where the rows come from and
 * their schema, and reads no data. Nothing runs until a result is asked for
 * ({@link DataFrame#compute()}, {@link DataFrame#toCsv(String, boolean)}, ...); then the plan is
 * optimized, lowered to Beam transforms and run on the current executor (Beam's DirectRunner unless
 * a {@code Session} says otherwise).
 *
 * <pre>{@code
 * import static org.beamframe.expr.Expressions.*;
 *
 * DataFrame df = BeamFrame.readCsv("shipments-*.csv");
 * df = df.assign("year", toDatetime(col("TRANSACTION_DATE"), "%m%d%Y").dt().year());
 * LocalTable perYear = df.groupby("year").col("DOSAGE_UNIT").sum().compute();   // runs here
 * }</pre>
 */
public final class BeamFrame {
  private BeamFrame() {}

  /**
   * A lazy frame over the CSV files matching {@code pattern}; reads the header and a sample now, no data.
   * Uses {@link CsvReadOptions#defaults()}: comma-separated, dtypes inferred from a sample, pandas'
   * NA strings as missing values.
   *
   * @param pattern a file, or a glob of files, as any path Beam's {@code FileSystems} know (local,
   *     {@code s3://}, ...); {@code .gz} files are read whole, one split each
   * @return the frame, with one column per header field
   * @throws IllegalArgumentException if no file matches or the first file has no header
   * @throws java.io.UncheckedIOException if the files cannot be listed or read
   */
  public static DataFrame readCsv(String pattern) {
    return readCsv(pattern, CsvReadOptions.defaults());
  }

  /**
   * As {@link #readCsv(String)}, with read options: separator, declared dtypes
   * ({@code dtype=} in pandas), NA strings, split size, and what to do with bad lines.
   *
   * @param pattern a file, or a glob of files, as any path Beam's {@code FileSystems} know
   * @param options how to read the files
   * @return the frame, with one column per header field, declared dtypes taking precedence over inferred ones
   * @throws IllegalArgumentException if no file matches, the first file has no header, or a dtype is
   *     declared for a column the header does not have
   * @throws java.io.UncheckedIOException if the files cannot be listed or read
   */
  public static DataFrame readCsv(String pattern, CsvReadOptions options) {
    return new DataFrame(ReadCsvNode.of(CsvSource.inspect(pattern, options)));
  }

  /**
   * A frame of rows held in this process, values in {@code schema}'s order, each null (missing) or
   * of its column's dtype's Java type: {@code Long}, {@code Double}, {@code String}, {@code Boolean},
   * {@code LocalDateTime}. The rows are checked now and kept in the plan; a run ships them to the
   * workers, so this is for small inputs (tests, lookup tables to {@link DataFrame#merge}).
   *
   * @param schema the columns and their dtypes
   * @param rows the rows, each a list of one value per column
   * @return the frame
   * @throws IllegalArgumentException if a row has the wrong number of values or a value of the wrong Java type
   */
  public static DataFrame fromRows(FrameSchema schema, List<List<Object>> rows) {
    return new DataFrame(new LocalRowsNode(schema, rows));
  }

  /**
   * pandas' {@code pd.DataFrame.from_records}: one map per row, a key per column; a column a map lacks is missing.
   * Values follow the rules of {@link #fromRows}.
   *
   * @param schema the columns and their dtypes, in the frame's column order
   * @param records the rows, each a map from column name to value
   * @return the frame
   * @throws IllegalArgumentException if a map has a key that is not a column of {@code schema}, or a
   *     value of the wrong Java type
   */
  public static DataFrame fromRecords(FrameSchema schema, List<Map<String, Object>> records) {
    List<List<Object>> rows = new ArrayList<>(records.size());
    for (int r = 0; r < records.size(); r++) {
      Map<String, Object> record = records.get(r);
      for (String key : record.keySet()) {
        if (!schema.names().contains(key)) {
          throw new IllegalArgumentException("record " + r + " has \"" + key + "\", which is not a column of the schema "
              + schema.names());
        }
      }
      List<Object> row = new ArrayList<>(schema.size());
      schema.names().forEach(name -> row.add(record.get(name)));
      rows.add(row);
    }
    return fromRows(schema, rows);
  }

  /**
   * Beam's {@code to_dataframe}: a frame of a {@code PCollection<Row>}, its columns and dtypes from
   * the Row schema (STRING, INT64, DOUBLE, BOOLEAN, SqlTypes.DATETIME; any other type fails naming
   * its field). It is applied in that PCollection's pipeline: {@link DataFrame#toPCollection}.
   *
   * @param rows a bounded, globally windowed {@code PCollection} with a Row schema
   * @return the frame over those rows
   * @throws IllegalArgumentException if {@code rows} has no schema, is unbounded or is windowed, or a
   *     field has a type BeamFrame does not support
   */
  public static DataFrame from(PCollection<Row> rows) {
    PCollectionSource source = new PCollectionSource(rows);
    return new DataFrame(new BeamInputNode(source, source.schema()));
  }

  /**
   * Beam's {@code DataframeTransform}: what {@code build} makes of a frame of the input rows, as a
   * transform for a pipeline of one's own, optimized and lowered as for files.
   *
   * <pre>{@code
   * PCollection<Row> totals = rows.apply(BeamFrame.transform(
   *     df -> df.groupby("state").col("amount").sum()));
   * }</pre>
   *
   * @param build builds the output frame from a frame of the input rows; called when the transform
   *     is applied, once per application
   * @return the transform from {@code PCollection<Row>} to {@code PCollection<Row>}
   */
  public static FrameTransform transform(SerializableFunction<DataFrame, DataFrame> build) {
    return new FrameTransform(build);
  }
}
