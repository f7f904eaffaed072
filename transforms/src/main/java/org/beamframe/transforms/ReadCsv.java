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
import org.beamframe.csv.ResolvedSplit;
import org.beamframe.rows.RowFunction;
import org.beamframe.rows.RowProgram;
import org.beamframe.types.FrameSchema;

/**
 * Reads CSV files with a header row into rows: {@code ReadCsv.from("data/*.csv").withDtypes(...)}.
 * Files are resolved and the schema is known when the transform is applied; large files are read
 * in parallel by byte-range splits. Only the columns asked for with {@link #withColumns} are
 * converted, and a {@link RowProgram} given with {@link #withProgram} runs on each record in the
 * same step, so rows that a filter drops are never materialized.
 */
public final class ReadCsv extends PTransform<PBegin, PCollection<Row>> {
  private final String pattern;
  private final CsvReadOptions options;
  private final CsvSource source;
  private final List<String> columns;
  private final RowProgram program;

  private ReadCsv(String pattern, CsvReadOptions options, CsvSource source, List<String> columns, RowProgram program) {
    this.pattern = pattern;
    this.options = options;
    this.source = source;
    this.columns = columns;
    this.program = program;
  }

  /** Reads the files matching {@code pattern} (a path or a glob). */
  public static ReadCsv from(String pattern) {
    return new ReadCsv(pattern, CsvReadOptions.defaults(), null, null, RowProgram.empty());
  }

  /** Reads an already inspected source. */
  public static ReadCsv from(CsvSource source) {
    return new ReadCsv(source.pattern(), source.options(), source, null, RowProgram.empty());
  }

  public ReadCsv withOptions(CsvReadOptions newOptions) {
    if (source != null) {
      throw new IllegalStateException("withOptions does not apply to a ReadCsv made from an inspected CsvSource; "
          + "inspect the source with the options you want instead");
    }
    return new ReadCsv(pattern, newOptions, null, columns, program);
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

  /** Converts only these columns, in this order (pandas' {@code usecols}). */
  public ReadCsv withColumns(List<String> names) {
    return new ReadCsv(pattern, options, source, List.copyOf(names), program);
  }

  /** Runs these row steps on each record as it is read; the output is the program's output. */
  public ReadCsv withProgram(RowProgram rowProgram) {
    return new ReadCsv(pattern, options, source, columns, rowProgram);
  }

  /** The source this transform reads, inspecting the files now if it was made from a pattern. */
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

  private static final class ReadSplitFn extends DoFn<ResolvedSplit, Row> {
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
    public void process(@Element ResolvedSplit split, MultiOutputReceiver out) {
      ReadCounters.Tally tally = counters.tally(split);
      OutputReceiver<Row> main = out.get(rows);
      tally.read(reader.read(split, values -> {
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
