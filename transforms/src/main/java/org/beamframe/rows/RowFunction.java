package org.beamframe.rows;

import java.io.Serializable;

/** A compiled row step: the row's values after it, or {@code null} when the row is filtered out. */
@FunctionalInterface
public interface RowFunction extends Serializable {
  /** May reuse and change {@code values}; the caller hands over a row it no longer needs. */
  Object[] apply(Object[] values);
}
