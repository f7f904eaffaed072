package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/**
 * A small collected result (e.g. the first n rows) written to one CSV file by this process, atomically.
 *
 * @param collected the sink that brings the rows here
 * @param target the file, and whether it may be replaced
 */
public record LocalCsvFile(PhysicalSink collected, CsvTarget target) implements PhysicalSink {
  /**
   * Checks that both parts are given.
   *
   * @param collected the sink that brings the rows here
   * @param target the file
   * @throws NullPointerException if either is null
   */
  public LocalCsvFile {
    Objects.requireNonNull(collected, "collected");
    Objects.requireNonNull(target, "target");
  }

  @Override
  public FrameSchema schema() {
    return collected.schema();
  }

  @Override
  public List<PhysicalSink> children() {
    return List.of(collected);
  }

  @Override
  public String describe() {
    return "WriteCsv " + target + " here, from the collected rows";
  }

  @Override
  public <R> R accept(SinkVisitor<R> visitor) {
    return visitor.localCsvFile(this);
  }
}
