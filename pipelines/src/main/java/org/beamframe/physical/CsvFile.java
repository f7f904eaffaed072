package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/**
 * The rows written by the workers to one CSV file, in no order; moved into place when the run succeeded.
 *
 * @param input the rows to write
 * @param target the file, and whether it may be replaced
 */
public record CsvFile(PhysicalNode input, CsvTarget target) implements PhysicalSink {
  /**
   * Checks that both parts are given.
   *
   * @param input the rows to write
   * @param target the file
   * @throws NullPointerException if either is null
   */
  public CsvFile {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(target, "target");
  }

  @Override
  public FrameSchema schema() {
    return input.schema();
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(input);
  }

  @Override
  public String describe() {
    return "WriteCsv " + target + " from the workers, unordered";
  }

  @Override
  public <R> R accept(SinkVisitor<R> visitor) {
    return visitor.csvFile(this);
  }
}
