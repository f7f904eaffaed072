package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/** The rows written by the workers in parallel, one CSV file per shard in a directory moved into place when done. */
public record CsvShards(PhysicalNode input, CsvTarget target) implements PhysicalSink {
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
