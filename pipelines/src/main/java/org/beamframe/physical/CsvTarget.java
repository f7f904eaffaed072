package org.beamframe.physical;

import java.util.Objects;

/** Where a sink writes, and whether an existing file or directory there may be replaced. */
public record CsvTarget(String path, boolean overwrite) {
  public CsvTarget {
    Objects.requireNonNull(path, "path");
  }

  @Override
  public String toString() {
    return path + (overwrite ? " (overwrite)" : "");
  }
}
