package org.beamframe.expr;

import java.io.Serializable;

/** An expression compiled against one input schema: names resolved to positions, types checked. */
@FunctionalInterface
public interface Evaluator extends Serializable {
  /**
   * The value for this row; {@code null} is the missing value (pandas' NaN/NaT/None).
   *
   * @param row a row laid out as the schema this evaluator was compiled for
   * @return the value, an instance of the result dtype's {@link org.beamframe.types.DType#javaType()},
   *     or {@code null}
   * @throws ValueConversionException if a conversion with {@link Errors#RAISE} (or an
   *     {@code astype}) meets a value it cannot convert
   */
  Object eval(RowView row);
}
