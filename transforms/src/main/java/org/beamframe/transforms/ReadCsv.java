package org.beamframe.transforms;

import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.csv.CsvSource;
import org.beamframe.csv.CsvSplitReader;
import org.beamframe.csv.FileSplit;
import org.beamframe.types.FrameSchema;

/**
 * Reads CSV files with a header row into rows: {@code ReadCsv.from("data/*.csv").withDtypes(...)}.
 * Files are resolved and the schema is known when the transform is applied; large files are read
 * in parallel by byte-range splits. Only the columns asked for with {@link #withColumns} are
 * converted.
 */
public final class ReadCsv extends PTransform<PBegin, PCollection<Row>> {
  private final String pattern;
  private final CsvReadOptions options;
  private final CsvSource source;
  private final List<String> columns;

  private ReadCsv(String pattern, CsvReadOptions options, CsvSource source, List<String> columns) {
    this.pattern = pattern;
    this.options = options;
    this.source = source;
    this.columns = columns;
  }

  /** Reads the files matching {@code pattern} (a path or a glob). */
  public static ReadCsv from(String pattern) {
    return new ReadCsv(pattern, CsvReadOptions.defaults(), null, null);
  }

  /** Reads an already inspected source. */
  public static ReadCsv from(CsvSource source) {
    return new ReadCsv(source.pattern(), source.options(), source, null);
  }

  public ReadCsv withOptions(CsvReadOptions newOptions) {
    requirePattern("withOptions");
    return new ReadCsv(pattern, newOptions, null, columns);
  }

  /** Declares dtypes by column with pandas names; the other columns are inferred from a sample. */
  public ReadCsv withDtypes(Map<String, String> dtypes) {
    return withOptions(options.withDtypes(dtypes));
  }

  public ReadCsv withSeparator(char separator) {
    return withOptions(options.withSeparator(separator));
  }

  public ReadCsv withSplitBytes(long bytes) {
    return withOptions(options.withSplitBytes(bytes));
  }

  /** Converts and outputs only these columns, in this order (pandas' {@code usecols}). */
  public ReadCsv withColumns(List<String> names) {
    return new ReadCsv(pattern, options, source, List.copyOf(names));
  }

  private void requirePattern(String method) {
    if (source != null) {
      throw new IllegalStateException(method + " does not apply to a ReadCsv made from an inspected CsvSource; "
          + "inspect the source with the options you want instead");
    }
  }

  /** The source this transform reads, inspecting the files now if it was made from a pattern. */
  public CsvSource source() {
    return source != null ? source : CsvSource.inspect(pattern, options);
  }

  @Override
  public PCollection<Row> expand(PBegin input) {
    CsvSource resolved = source();
    FrameSchema output = columns == null ? resolved.schema() : resolved.schema().select(columns);
    Schema beamSchema = BeamSchemas.toBeam(output);
    return input
        .apply("ListSplits", Create.of(resolved.splits()).withCoder(SerializableCoder.of(FileSplit.class)))
        .apply("DistributeSplits", Reshuffle.viaRandomKey())
        .apply("ParseRecords", ParDo.of(new ReadSplitFn(new CsvSplitReader(output, resolved.options()), beamSchema)))
        .setRowSchema(beamSchema);
  }

  private static final class ReadSplitFn extends DoFn<FileSplit, Row> {
    private final CsvSplitReader reader;
    private final Schema schema;
    private final Counter rowsRead = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.ROWS_READ);

    ReadSplitFn(CsvSplitReader reader, Schema schema) {
      this.reader = reader;
      this.schema = schema;
    }

    @ProcessElement
    public void process(@Element FileSplit split, OutputReceiver<Row> out) {
      long records = reader.read(split, values -> out.output(Rows.of(schema, values)));
      rowsRead.inc(records);
    }
  }
}
