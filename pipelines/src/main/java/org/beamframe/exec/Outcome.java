package org.beamframe.exec;

import java.util.List;

/** What a run gave back: the rows it collected (values in schema order; none when it wrote files) and its row accounting. */
public record Outcome(List<List<Object>> rows, RunReport report) {
  public Outcome {
    rows = List.copyOf(rows);
  }
}
