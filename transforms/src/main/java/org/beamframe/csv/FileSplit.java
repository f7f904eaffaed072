package org.beamframe.csv;

import java.io.Serializable;

/**
 * Bytes [start, end) of one file; a reader owns the records that start inside the range.
 *
 * @param file the file's path
 * @param start the first byte's offset
 * @param end the offset after the last byte (the file's size for its last split)
 * @serial exclude
 */
public record FileSplit(String file, long start, long end) implements Serializable {
  /** The split as {@code file[start, end)}. */
  @Override
  public String toString() {
    return file + "[" + start + ", " + end + ")";
  }
}
