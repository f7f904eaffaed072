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

/** Entry points, as pandas' {@code pd.read_csv} and {@code pd.DataFrame(...)}, and Beam's {@code to_dataframe}. */
public final class BeamFrame {
  private BeamFrame() {}

  /** A lazy frame over the CSV files matching {@code pattern}; reads the header and a sample now, no data. */
  public static DataFrame readCsv(String pattern) {
    return readCsv(pattern, CsvReadOptions.defaults());
  }

  public static DataFrame readCsv(String pattern, CsvReadOptions options) {
    return new DataFrame(ReadCsvNode.of(CsvSource.inspect(pattern, options)));
  }

  /**
   * A frame of rows held in this process, values in {@code schema}'s order, each null (missing) or
   * of its column's dtype's Java type: {@code Long}, {@code Double}, {@code String}, {@code Boolean},
   * {@code LocalDateTime}.
   */
  public static DataFrame fromRows(FrameSchema schema, List<List<Object>> rows) {
    return new DataFrame(new LocalRowsNode(schema, rows));
  }

  /** pandas' {@code pd.DataFrame.from_records}: one map per row, a key per column; a column a map lacks is missing. */
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
   */
  public static DataFrame from(PCollection<Row> rows) {
    PCollectionSource source = new PCollectionSource(rows);
    return new DataFrame(new BeamInputNode(source, source.schema()));
  }

  /**
   * Beam's {@code DataframeTransform}: what {@code build} makes of a frame of the input rows, as a
   * transform for a pipeline of one's own, optimized and lowered as for files.
   */
  public static FrameTransform transform(SerializableFunction<DataFrame, DataFrame> build) {
    return new FrameTransform(build);
  }
}
