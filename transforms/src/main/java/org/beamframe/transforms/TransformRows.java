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

/**
 * Runs a {@link RowProgram} (assignments, filters, selections) over rows in one step; counts filtered rows.
 *
 * <pre>{@code
 * RowProgram program = RowProgram.of(
 *     new AssignStep("grams", col("CALC_BASE_WT_IN_GM").mul(col("MME_Conversion_Factor"))),
 *     new FilterStep(col("grams").gt(0)),
 *     new SelectStep(List.of("BUYER_STATE", "grams")));
 * PCollection<Row> out = rows.apply("Grams", TransformRows.of(program));
 * }</pre>
 *
 * <p>This is what {@link AssignColumns}, {@link FilterRows} and {@link SelectColumns} run, and what
 * a run of pandas statements becomes once fused. The program is checked against the input's schema
 * when the transform is applied. Rows filtered out are counted in
 * {@link BeamFrameMetrics#ROWS_FILTERED}, values that {@code errors=coerce} turned into missing in
 * {@link BeamFrameMetrics#VALUES_COERCED}. Input rows are never modified.
 */
public final class TransformRows extends PTransform<PCollection<Row>, PCollection<Row>> {
  /** The steps to run on each row. */
  private final RowProgram program;

  private TransformRows(RowProgram program) {
    this.program = program;
  }

  /**
   * Runs {@code program} on each row.
   *
   * @param program the steps, in the order they run
   * @return the transform
   */
  public static TransformRows of(RowProgram program) {
    return new TransformRows(program);
  }

  /**
   * The output schema for rows of {@code input}; throws if a step does not fit.
   *
   * @param input the schema of the input rows
   * @return the schema of the output rows
   * @throws IllegalArgumentException if a step does not fit the rows it is given (an unknown column,
   *     a type error)
   */
  public FrameSchema outputSchema(FrameSchema input) {
    return program.outputSchema(input);
  }

  /**
   * Compiles the program for the input's schema and runs it in one step named {@code ApplyRowProgram}.
   *
   * @param input the rows to transform
   * @return the rows the program keeps, under {@link #outputSchema}
   * @throws IllegalArgumentException if a step does not fit the input (see {@link #outputSchema}), or
   *     the input's schema has a field type BeamFrame does not support
   */
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
