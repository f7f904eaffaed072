package org.beamframe.transforms;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.expr.Coercions;
import org.beamframe.rows.RowFunction;
import org.beamframe.rows.RowProgram;
import org.beamframe.types.FrameSchema;

/** Runs a {@link RowProgram} (assignments, filters, selections) over rows in one step; counts filtered rows. */
public final class TransformRows extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final RowProgram program;

  private TransformRows(RowProgram program) {
    this.program = program;
  }

  public static TransformRows of(RowProgram program) {
    return new TransformRows(program);
  }

  /** The output schema for rows of {@code input}; throws if a step does not fit. */
  public FrameSchema outputSchema(FrameSchema input) {
    return program.outputSchema(input);
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    FrameSchema schema = BeamSchemas.fromBeam(input.getSchema());
    Schema output = BeamSchemas.toBeam(program.outputSchema(schema));
    return input.apply("ApplyRowProgram", ParDo.of(new ProgramFn(program.compile(schema), output)))
        .setRowSchema(output);
  }

  private static final class ProgramFn extends DoFn<Row, Row> {
    private final RowFunction program;
    private final Schema output;
    private final Counter filtered = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.ROWS_FILTERED);
    private final Counter coerced = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.VALUES_COERCED);

    ProgramFn(RowFunction program, Schema output) {
      this.program = program;
      this.output = output;
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<Row> out) {
      // A fresh array: the program may change it, and the input row must stay as it was.
      Coercions.drain();
      Object[] values = program.apply(row.getValues().toArray());
      coerced.inc(Coercions.drain());
      if (values == null) {
        filtered.inc();
      } else {
        out.output(Rows.of(output, values));
      }
    }
  }
}
