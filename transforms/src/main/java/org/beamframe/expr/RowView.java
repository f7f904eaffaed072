package org.beamframe.expr;

/** Positional read access to one row; Beam's {@code Row::getValue} is one, a plain array another. */
@FunctionalInterface
public interface RowView {
  /**
   * The value at a position of the row.
   *
   * @param index the column's 0-based position in the schema the reader was compiled for
   * @return the value, or {@code null} if it is missing
   */
  Object get(int index);
}
