package org.beamframe.expr;

/** Positional read access to one row; Beam's {@code Row::getValue} is one, a plain array another. */
@FunctionalInterface
public interface RowView {
  Object get(int index);
}
