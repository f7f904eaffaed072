package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/**
 * The rows written by the workers in parallel, one CSV file per shard in a directory moved into place when done.
 *
 * @param input the rows to write, in no order
 * @param target the directory, and whether it may be replaced
 */
public record CsvShards(PhysicalNode input, CsvTarget target) implements PhysicalSink {
  /**
   * Checks that both parts are given.
   *
   * @param input the rows to write
   * @param target the directory
   * @throws NullPointerException if either is null
   */
  public CsvShards {
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
    return "WriteCsvShards " + target + " from the workers, a file per shard";
  }

  @Override
  public <R> R accept(SinkVisitor<R> visitor) {
    return visitor.csvShards(this);
  }
}
