package org.beamframe.rows;

import java.io.Serializable;
import org.beamframe.types.FrameSchema;

/** One row-level step of a {@link RowProgram}: assign a column, keep rows, or keep columns. */
public sealed interface RowStep extends Serializable permits AssignStep, FilterStep, SelectStep {
  /** The schema after this step for rows of {@code input}; throws if the step does not fit them. */
  FrameSchema outputSchema(FrameSchema input);

  /** This step compiled for rows of {@code input}. */
  RowFunction compile(FrameSchema input);
}
