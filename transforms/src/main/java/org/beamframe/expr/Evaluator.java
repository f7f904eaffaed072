package org.beamframe.expr;

import java.io.Serializable;

/** An expression compiled against one input schema: names resolved to positions, types checked. */
@FunctionalInterface
public interface Evaluator extends Serializable {
  /** The value for this row; {@code null} is the missing value (pandas' NaN/NaT/None). */
  Object eval(RowView row);
}
