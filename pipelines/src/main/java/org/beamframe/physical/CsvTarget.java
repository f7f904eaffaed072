package org.beamframe.physical;

import java.util.Objects;

/**
 * Where a sink writes, and whether an existing file or directory there may be replaced.
 *
 * @param path the output's path; any Beam FileSystems path
 * @param overwrite whether an existing output there may be replaced; otherwise the run refuses it
 */
public record CsvTarget(String path, boolean overwrite) {
  /**
   * Checks that the path is given.
   *
   * @param path the output's path
   * @param overwrite whether an existing output may be replaced
   * @throws NullPointerException if {@code path} is null
   */
  public CsvTarget {
    Objects.requireNonNull(path, "path");
  }

  /**
   * The path, as explain prints it.
   *
   * @return the path, followed by {@code " (overwrite)"} when replacing is allowed
   */
  @Override
  public String toString() {
    return path + (overwrite ? " (overwrite)" : "");
  }
}
