package org.beamframe.rows;

import java.io.Serializable;

/**
 * A compiled row step: the row's values after it, or {@code null} when the row is filtered out.
 * Made by {@link RowStep#compile} or {@link RowProgram#compile} for one input schema, with column
 * names already resolved to positions; serializable, so it is built once on the client and shipped
 * to the workers.
 */
@FunctionalInterface
public interface RowFunction extends Serializable {
  /**
   * May reuse and change {@code values}; the caller hands over a row it no longer needs.
   *
   * @param values the row's values in the order of the schema the function was compiled for;
   *     {@code null} is a missing value
   * @return the row's values in the order of the output schema (possibly the same array), or
   *     {@code null} when the row is filtered out
   */
  Object[] apply(Object[] values);
}
