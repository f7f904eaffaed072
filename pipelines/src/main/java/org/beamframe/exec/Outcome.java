package org.beamframe.exec;

import java.util.List;

/**
 * What a run gave back: the rows it collected (values in schema order; none when it wrote files) and its row accounting.
 *
 * @param rows the collected rows, each a list of values in schema order (null for missing); empty when
 *     the run wrote files
 * @param report what the run's reads did with every record
 */
public record Outcome(List<List<Object>> rows, RunReport report) {
  /**
   * Copies the list of rows.
   *
   * @param rows the collected rows
   * @param report the row accounting
   * @throws NullPointerException if {@code rows} or one of its rows is null
   */
  public Outcome {
    rows = List.copyOf(rows);
  }
}
