package org.beamframe.csv;

/** Receives each converted row of a read with its file and its record's byte offset in that file. */
@FunctionalInterface
public interface PositionedRows {
  /**
   * Receives one row.
   *
   * @param values the row's values in the read's output column order, each of its column's dtype or
   *     null for a missing value; the array is the receiver's to keep
   * @param file the path of the file the row is in (the same String for every row of a split)
   * @param offset the byte offset of the record's start in its (decompressed) file, which orders the
   *     rows of one file as the file does
   */
  void accept(Object[] values, String file, long offset);
}
