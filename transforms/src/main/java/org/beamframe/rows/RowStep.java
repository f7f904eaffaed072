package org.beamframe.rows;

import java.io.Serializable;
import org.beamframe.types.FrameSchema;

/**
 * One row-level step of a {@link RowProgram}: assign a column, keep rows, or keep columns. A step
 * is an immutable description: it meets a schema only when its output schema is asked for or it
 * is compiled.
 */
public sealed interface RowStep extends Serializable permits AssignStep, FilterStep, SelectStep {
  /**
   * The schema after this step for rows of {@code input}; throws if the step does not fit them.
   *
   * @param input the schema of the rows before this step
   * @return the schema of the rows after it
   * @throws IllegalArgumentException if the step does not fit {@code input}: a
   *     {@link org.beamframe.types.ColumnNotFoundException} for an unknown column, an
   *     {@link org.beamframe.expr.ExprTypeException} for a type error
   */
  FrameSchema outputSchema(FrameSchema input);

  /**
   * This step compiled for rows of {@code input}.
   *
   * @param input the schema of the rows before this step
   * @return the compiled step, to be applied to rows of {@code input}
   * @throws IllegalArgumentException if the step does not fit {@code input}
   */
  RowFunction compile(FrameSchema input);
}
