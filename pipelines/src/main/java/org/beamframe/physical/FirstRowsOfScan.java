package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/**
 * pandas' and dask's {@code head(n)} of rows straight from files: read here, in file order, until n rows; no pipeline.
 *
 * @param scan the read and its fused row steps
 * @param n how many rows to return
 */
public record FirstRowsOfScan(CsvScan scan, int n) implements PhysicalSink {
  /**
   * Checks that the scan is given.
   *
   * @param scan the read
   * @param n how many rows to return
   * @throws NullPointerException if {@code scan} is null
   */
  public FirstRowsOfScan {
    Objects.requireNonNull(scan, "scan");
  }

  @Override
  public FrameSchema schema() {
    return scan.schema();
  }

  @Override
  public List<CsvScan> children() {
    return List.of(scan);
  }

  @Override
  public String describe() {
    return "FirstRows " + n + ": the files read here, in order, until " + n + " rows (no pipeline)";
  }

  @Override
  public <R> R accept(SinkVisitor<R> visitor) {
    return visitor.firstRowsOfScan(this);
  }
}
