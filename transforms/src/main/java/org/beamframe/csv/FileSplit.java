package org.beamframe.csv;

import java.io.Serializable;

/** Bytes [start, end) of one file; a reader owns the records that start inside the range. */
public record FileSplit(String file, long start, long end) implements Serializable {
  @Override
  public String toString() {
    return file + "[" + start + ", " + end + ")";
  }
}
