package org.beamframe.rows;

import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * Keeps the rows where a bool expression is True; missing counts as False (pandas'
 * {@code df[predicate]}). The columns are unchanged.
 *
 * @param predicate the bool expression a row must satisfy to be kept
 * @serial exclude
 */
public record FilterStep(Expr predicate) implements RowStep {

  /**
   * The input schema, unchanged, once the predicate is checked to be a bool expression over it.
   *
   * @param input the schema of the rows before this step
   * @return {@code input}
   * @throws ExprTypeException if the predicate's dtype over {@code input} is not bool, or it does not type-check
   * @throws org.beamframe.types.ColumnNotFoundException if the predicate reads a column {@code input} lacks
   */
  @Override
  public FrameSchema outputSchema(FrameSchema input) {
    DType type = predicate.type(input);
    if (type != DType.BOOL) {
      throw new ExprTypeException("a filter needs a bool expression, but " + predicate + " is " + type);
    }
    return input;
  }

  /**
   * Compiles the predicate for rows of {@code input}, after the same checks as {@link #outputSchema}.
   *
   * @param input the schema of the rows before this step
   * @return a function that returns a row unchanged where the predicate is True, and {@code null}
   *     (the row is filtered out) where it is False or missing
   * @throws IllegalArgumentException if the predicate does not fit {@code input}
   */
  @Override
  public RowFunction compile(FrameSchema input) {
    outputSchema(input);
    Evaluator evaluator = predicate.compile(input);
    return values -> Boolean.TRUE.equals(evaluator.eval(index -> values[index])) ? values : null;
  }

  /** The step as explain prints it, e.g. {@code Filter (Measure == 'TAB')}. */
  @Override
  public String toString() {
    return "Filter " + predicate;
  }
}
