package org.beamframe.transforms;

import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.csv.CsvSource;
import org.beamframe.csv.CsvSplitReader;
import org.beamframe.csv.ReadTask;
import org.beamframe.rows.RowFunction;
import org.beamframe.rows.RowProgram;
import org.beamframe.types.FrameSchema;

/**
 * Reads CSV files with a header row into rows: {@code ReadCsv.from("data/*.csv").withDtypes(...)}.
 * Files are resolved and the schema is known when the transform is applied; large files are read
 * in parallel by byte-range splits. Only the columns asked for with {@link #withColumns} are
 * converted, and a {@link RowProgram} given with {@link #withProgram} runs on each record in the
 * same step, so rows that a filter drops are never materialized.
 *
 * <p>This is pandas' {@code read_csv} as a Beam source: the columns are named by the first file's
 * header, declared dtypes are used as given and the others are inferred from sampled rows; pandas'
 * missing-value strings ({@code ""}, {@code NA}, {@code null}, ...) read as {@code null}. The
 * pattern is any Beam {@code FileSystems} path or glob (local, {@code s3://}, {@code gs://}, ...);
 * a gzip file is read as one split. A record that does not fit its dtype fails the run with its
 * file, line and column, unless the options skip it or send it to a dead-letter file
 * ({@link CsvReadOptions#withOnBadLines}, {@link CsvReadOptions#withDeadLetter}). The read counts
 * rows read, passed on, filtered and rejected in {@link BeamFrameMetrics#READ_NAMESPACE}. pandas'
 * other everyday arguments ({@code encoding}, {@code quotechar}, {@code header=None}, {@code names},
 * {@code skiprows}, {@code usecols}, {@code nrows}) are {@link CsvReadOptions} given with
 * {@link #withOptions}; with {@code nrows} the files are read by one worker, in order from their
 * start, and reading stops after the last row wanted.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.create(options);
 * PCollection<Row> rows = pipeline.apply("ReadArcos",
 *     ReadCsv.from("data/arcos-*.csv.gz")
 *         .withDtypes(Map.of("CALC_BASE_WT_IN_GM", "float64", "BUYER_STATE", "object"))
 *         .withColumns(List.of("BUYER_STATE", "CALC_BASE_WT_IN_GM")));
 * // rows.getSchema(): BUYER_STATE STRING, CALC_BASE_WT_IN_GM DOUBLE, both nullable
 * }</pre>
 *
 * <p>The transform is immutable: each {@code withX} returns a new one.
 */
public final class ReadCsv extends PTransform<PBegin, PCollection<Row>> {
  /** The path or glob of the files to read. */
  private final String pattern;
  /** How to read them: separator, declared dtypes, missing-value strings, split size, bad records. */
  private final CsvReadOptions options;
  /** The inspected source, or {@code null} for a read made from a pattern (inspected when applied). */
  private final CsvSource source;
  /** The columns to convert, in output order, or {@code null} for every column of the header. */
  private final List<String> columns;
  /** The row steps run on each record as it is read; empty for none. */
  private final RowProgram program;

  private ReadCsv(String pattern, CsvReadOptions options, CsvSource source, List<String> columns, RowProgram program) {
    this.pattern = pattern;
    this.options = options;
    this.source = source;
    this.columns = columns;
    this.program = program;
  }

  /**
   * Reads the files matching {@code pattern} (a path or a glob), with default options. Nothing is
   * listed or read until the transform is applied (or {@link #source()} is called).
   *
   * @param pattern a path or glob ({@code *} within a directory, {@code **} across directories) on
   *     any filesystem Beam has registered; the files are read in path order
   * @return the transform
   */
  public static ReadCsv from(String pattern) {
    return new ReadCsv(pattern, CsvReadOptions.defaults(), null, null, RowProgram.empty());
  }

  /**
   * Reads an already inspected source: its files, schema and options, without listing or sampling
   * the files again. Its options are fixed; {@link #withOptions} and the options shortcuts refuse it.
   *
   * @param source the source, as {@link CsvSource#inspect} made it
   * @return the transform
   */
  public static ReadCsv from(CsvSource source) {
    return new ReadCsv(source.pattern(), source.options(), source, null, RowProgram.empty());
  }

  /**
   * Reads with {@code newOptions} instead of the current options, replacing all of them (dtypes
   * declared before included).
   *
   * @param newOptions the options to read with
   * @return a new transform; this one is unchanged
   * @throws IllegalStateException if this transform was made from an inspected {@link CsvSource}
   */
  public ReadCsv withOptions(CsvReadOptions newOptions) {
    if (source != null) {
      throw new IllegalStateException("withOptions does not apply to a ReadCsv made from an inspected CsvSource; "
          + "inspect the source with the options you want instead");
    }
    return new ReadCsv(pattern, newOptions, null, columns, program);
  }

  /**
   * Declares dtypes by column with pandas names; the other columns are inferred from a sample.
   * Adds to the dtypes declared before, a column declared again taking its new dtype.
   *
   * @param dtypes pandas dtype names by column, e.g. {@code Map.of("qty", "int64", "zip", "object")}
   * @return a new transform; this one is unchanged
   * @throws IllegalArgumentException if a dtype name is not supported (the message lists those that are);
   *     a declared column the files lack fails when the files are inspected
   * @throws IllegalStateException if this transform was made from an inspected {@link CsvSource}
   */
  public ReadCsv withDtypes(Map<String, String> dtypes) {
    return withOptions(options.withDtypes(dtypes));
  }

  /**
   * Reads fields separated by {@code separator} instead of a comma (pandas' {@code sep}).
   *
   * @param separator the field separator, e.g. {@code '\t'}
   * @return a new transform; this one is unchanged
   * @throws IllegalArgumentException if the separator is a double quote or a line break
   * @throws IllegalStateException if this transform was made from an inspected {@link CsvSource}
   */
  public ReadCsv withSeparator(char separator) {
    return withOptions(options.withSeparator(separator));
  }

  /**
   * Reads each uncompressed file in splits of about {@code bytes} bytes, in parallel (default
   * {@link CsvReadOptions#DEFAULT_SPLIT_BYTES}, 8 MiB). Every split starts at a record boundary,
   * also when a quoted field holds line breaks.
   *
   * @param bytes the target split size in bytes, at least 1
   * @return a new transform; this one is unchanged
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   * @throws IllegalStateException if this transform was made from an inspected {@link CsvSource}
   */
  public ReadCsv withSplitBytes(long bytes) {
    return withOptions(options.withSplitBytes(bytes));
  }

  /**
   * Converts only these columns, in this order (as pandas' {@code usecols}, but in this order, and
   * the source's schema keeps every column: {@link CsvReadOptions#withUsecols} narrows the schema
   * itself); the other fields of each record are not converted.
   *
   * @param names the columns to read, in output order; they must cover what the program reads
   * @return a new transform; this one is unchanged
   * @throws NullPointerException if {@code names} or one of them is null; an unknown name fails
   *     with a {@link org.beamframe.types.ColumnNotFoundException} when the transform is applied
   */
  public ReadCsv withColumns(List<String> names) {
    return new ReadCsv(pattern, options, source, List.copyOf(names), program);
  }

  /**
   * Runs these row steps on each record as it is read; the output is the program's output. Replaces
   * any program given before. The program is checked against the read columns when the transform
   * is applied.
   *
   * @param rowProgram the assignments, filters and selections to run on each record
   * @return a new transform; this one is unchanged
   */
  public ReadCsv withProgram(RowProgram rowProgram) {
    return new ReadCsv(pattern, options, source, columns, rowProgram);
  }

  /**
   * The source this transform reads, inspecting the files now if it was made from a pattern:
   * listing them, reading the first file's header and sampling rows for undeclared dtypes. Each
   * call on a transform made from a pattern inspects again.
   *
   * @return the files, schema and options of the read
   * @throws IllegalArgumentException if no file matches the pattern, the first file has no header,
   *     or a declared dtype names a column the header lacks
   * @throws java.io.UncheckedIOException if the files cannot be listed or read
   */
  public CsvSource source() {
    return source != null ? source : CsvSource.inspect(pattern, options);
  }

  RowProgram program() {
    return program;
  }

  /** The columns converted from the files of {@code resolved}, before the program runs. */
  FrameSchema recordSchema(CsvSource resolved) {
    return columns == null ? resolved.schema() : resolved.schema().select(columns);
  }

  /**
   * Inspects the source if needed, checks the columns and program against its schema, and adds the
   * steps {@code PlanSplits} and {@code ParseRecords} (plus the dead-letter write, if asked for).
   *
   * @param input the pipeline's beginning
   * @return the rows, with every field nullable, under the program's output schema
   * @throws IllegalArgumentException if a column or a program step does not fit the files' columns,
   *     or the files cannot be inspected (see {@link #source()})
   */
  @Override
  public PCollection<Row> expand(PBegin input) {
    CsvSource resolved = source();
    FrameSchema records = recordSchema(resolved);
    Schema output = BeamSchemas.toBeam(program.outputSchema(records));
    TupleTag<Row> rows = new TupleTag<>() {};
    PCollectionTuple outputs = input.apply("PlanSplits", new PlanSplits(resolved))
        .apply("ParseRecords", ParDo.of(new ReadSplitFn(
                new CsvSplitReader(records, resolved.options()), program.compile(records), output, rows))
            .withOutputTags(rows, TupleTagList.of(RejectedRecords.TAG)));
    RejectedRecords.write(outputs, resolved.options());
    return outputs.get(rows).setRowSchema(output);
  }

  private static final class ReadSplitFn extends DoFn<ReadTask, Row> {
    private final CsvSplitReader reader;
    private final RowFunction program;
    private final Schema schema;
    private final TupleTag<Row> rows;
    private final ReadCounters counters = new ReadCounters();

    ReadSplitFn(CsvSplitReader reader, RowFunction program, Schema schema, TupleTag<Row> rows) {
      this.reader = reader;
      this.program = program;
      this.schema = schema;
      this.rows = rows;
    }

    @ProcessElement
    public void process(@Element ReadTask task, MultiOutputReceiver out) {
      ReadCounters.Tally tally = counters.tally(task);
      OutputReceiver<Row> main = out.get(rows);
      tally.read(reader.read(task, values -> {
        Object[] row = program.apply(values);
        if (row == null) {
          tally.filtered();
        } else {
          tally.out();
          main.output(Rows.of(schema, row));
        }
      }, rejected -> {
        tally.rejected();
        out.get(RejectedRecords.TAG).output(rejected);
      }));
      tally.commit();
    }
  }
}
