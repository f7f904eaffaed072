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
 *
 * <pre>{@code
 * import static org.beamframe.expr.Expressions.*;
 *
 * PCollection<Row> withYear = rows.apply("AddYear",
 *     AssignColumns.of("date", toDatetime(col("TRANSACTION_DATE"), "%m%d%Y"))
 *         .and("year", col("date").dt().year()));
 * }</pre>
 *
 * <p>All assignments run in one {@link TransformRows} step. Expressions are type-checked against
 * the input's schema when the transform is applied; a missing input value gives a missing result,
 * as in pandas.
 */
public final class AssignColumns extends PTransform<PCollection<Row>, PCollection<Row>> {
  /** The assignments, in the order they run. */
  private final RowProgram program;

  private AssignColumns(RowProgram program) {
    this.program = program;
  }

  /**
   * One assignment: {@code name = expr}.
   *
   * @param name the column to add, or to replace in place
   * @param expr the expression that computes its value for each row
   * @return the transform
   * @throws NullPointerException if {@code name} or {@code expr} is null
   */
  public static AssignColumns of(String name, Expr expr) {
    return new AssignColumns(RowProgram.of(new AssignStep(name, expr)));
  }

  /**
   * This transform followed by one more assignment, which sees the columns assigned before it.
   *
   * @param name the column to add, or to replace in place
   * @param expr the expression that computes its value for each row
   * @return a new transform; this one is unchanged
   * @throws NullPointerException if {@code name} or {@code expr} is null
   */
  public AssignColumns and(String name, Expr expr) {
    return new AssignColumns(program.then(new AssignStep(name, expr)));
  }

  /**
   * Runs the assignments as one step named {@code Assign}.
   *
   * @param input the rows to compute columns for
   * @return the rows with the assigned columns
   * @throws IllegalArgumentException if an expression does not fit the columns it sees: an unknown
   *     column or a type error
   */
  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    return input.apply("Assign", TransformRows.of(program));
  }
}
