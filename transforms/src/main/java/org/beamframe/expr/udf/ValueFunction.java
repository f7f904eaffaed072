package org.beamframe.expr.udf;

import java.io.Serializable;

/**
 * A user's function of one value, as pandas' {@code Series.map(func)}: a Java lambda, serializable
 * so Beam can ship it to the workers. It gets the column's Java value ({@code Long} for int64,
 * {@code Double} for float64, {@code String} for object, {@code Boolean} for bool,
 * {@code LocalDateTime} for datetime64), never a missing one, and must not keep state between calls.
 *
 * @param <T> the input's Java type
 * @param <R> the result's Java type
 */
@FunctionalInterface
public interface ValueFunction<T, R> extends Serializable {
  /**
   * The result for one value.
   *
   * @param value the value, never null
   * @return the result, or null for a missing one
   */
  R apply(T value);
}
