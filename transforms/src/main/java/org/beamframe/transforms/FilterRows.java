package org.beamframe.transforms;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.expr.Expr;
import org.beamframe.rows.FilterStep;
import org.beamframe.rows.RowProgram;

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
    return input.apply("Filter", TransformRows.of(RowProgram.of(new FilterStep(predicate))));
  }
}
