package org.beamframe.transforms;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/** pandas' {@code df[predicate]}: keeps the rows where a bool expression is True (missing counts as False). */
public final class FilterRows extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final Expr predicate;

  private FilterRows(Expr predicate) {
    this.predicate = predicate;
  }

  public static FilterRows where(Expr predicate) {
    return new FilterRows(predicate);
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    FrameSchema schema = BeamSchemas.fromBeam(input.getSchema());
    DType type = predicate.type(schema);
    if (type != DType.BOOL) {
      throw new ExprTypeException("a filter needs a bool expression, but " + predicate + " is " + type);
    }
    return input.apply("Filter", ParDo.of(new FilterFn(predicate.compile(schema))))
        .setRowSchema(input.getSchema());
  }

  private static final class FilterFn extends DoFn<Row, Row> {
    private final Evaluator predicate;
    private final Counter filtered = Metrics.counter(BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.ROWS_FILTERED);

    FilterFn(Evaluator predicate) {
      this.predicate = predicate;
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<Row> out) {
      if (Boolean.TRUE.equals(predicate.eval(row::getValue))) {
        out.output(row);
      } else {
        filtered.inc();
      }
    }
  }
}
