package org.beamframe.csv;

/** Receives each converted row of a read with its record's byte offset in its (decompressed) file. */
@FunctionalInterface
public interface PositionedRows {
  void accept(Object[] values, long offset);
}
