package org.beamframe.expr.udf;

import java.io.Serializable;
import java.util.Map;

/**
 * A user's function of a whole row, as pandas' {@code df.apply(func, axis=1)}: a Java lambda,
 * serializable so Beam can ship it to the workers. The row is a read-only map from column name to
 * value (null for a missing value; Java types as for {@link ValueFunction}); the function must not
 * keep state between calls.
 *
 * @param <R> the result's Java type
 */
@FunctionalInterface
public interface RowValueFunction<R> extends Serializable {
  /**
   * The result for one row.
   *
   * @param row the row's columns by name, read-only
   * @return the result, or null for a missing one
   */
  R apply(Map<String, Object> row);
}
