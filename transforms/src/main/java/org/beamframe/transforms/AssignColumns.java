package org.beamframe.transforms;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.expr.Expr;
import org.beamframe.rows.AssignStep;
import org.beamframe.rows.RowProgram;

/**
 * pandas' {@code assign}: computes columns from expressions, in order, each seeing the ones before
 * it. A new name is appended; an existing name is replaced in place, keeping its position.
 */
public final class AssignColumns extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final RowProgram program;

  private AssignColumns(RowProgram program) {
    this.program = program;
  }

  public static AssignColumns of(String name, Expr expr) {
    return new AssignColumns(RowProgram.of(new AssignStep(name, expr)));
  }

  /** This transform followed by one more assignment. */
  public AssignColumns and(String name, Expr expr) {
    return new AssignColumns(program.then(new AssignStep(name, expr)));
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    return input.apply("Assign", TransformRows.of(program));
  }
}
