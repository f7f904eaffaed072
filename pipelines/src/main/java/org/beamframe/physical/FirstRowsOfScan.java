package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/** pandas' and dask's {@code head(n)} of rows straight from files: read here, in file order, until n rows; no pipeline. */
public record FirstRowsOfScan(CsvScan scan, int n) implements PhysicalSink {
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
