package org.beamframe.rows;

import java.util.Arrays;
import java.util.Objects;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.types.FrameSchema;

/**
 * {@code name = expr}: a new column is appended, an existing one replaced in place (pandas'
 * {@code df.assign(name=expr)}). The expression sees the row as it is before this step.
 *
 * @param name the column to add or replace
 * @param expr the expression that computes its value for each row
 * @serial exclude
 */
public record AssignStep(String name, Expr expr) implements RowStep {
  /**
   * Creates the step; nothing is checked against a schema until {@link #outputSchema} or {@link #compile}.
   *
   * @param name the column to add or replace
   * @param expr the expression that computes its value for each row
   * @throws NullPointerException if {@code name} or {@code expr} is null
   */
  public AssignStep {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expr, "expr");
  }

  /**
   * The input schema with {@code name} of the expression's dtype, replaced in place or appended last.
   *
   * @param input the schema of the rows before this step
   * @return the schema after the assignment
   * @throws org.beamframe.expr.ExprTypeException if the expression does not type-check against {@code input}
   * @throws org.beamframe.types.ColumnNotFoundException if the expression reads a column {@code input} lacks
   */
  @Override
  public FrameSchema outputSchema(FrameSchema input) {
    return input.with(name, expr.type(input));
  }

  /**
   * Compiles the expression for rows of {@code input}. A replaced column is written into the row's
   * own array; a new column too when the array has room for it (a {@link RowProgram} that adds
   * several columns makes that room once), else it gives a one-wider copy.
   *
   * @param input the schema of the rows before this step
   * @return a function that sets the column's value in each row; it never filters a row out
   * @throws IllegalArgumentException if the expression does not fit {@code input} (see {@link #outputSchema})
   */
  @Override
  public RowFunction compile(FrameSchema input) {
    Evaluator evaluator = expr.compile(input);
    int target = input.contains(name) ? input.indexOf(name) : input.size();
    if (target == input.size()) {
      int width = input.size() + 1;
      return values -> {
        Object value = evaluator.eval(index -> values[index]);
        Object[] wider = values.length >= width ? values : Arrays.copyOf(values, width);
        wider[target] = value;
        return wider;
      };
    }
    return values -> {
      values[target] = evaluator.eval(index -> values[index]);
      return values;
    };
  }

  /** The step as explain prints it, e.g. {@code Assign year = date.dt.year}. */
  @Override
  public String toString() {
    return "Assign " + name + " = " + expr;
  }
}
