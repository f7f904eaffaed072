package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * The (small) result handed back to this process through the executor's result directory, then
 * sorted here by {@code order} and cut to {@code limit} rows (negative: all).
 */
public record CollectRows(PhysicalNode input, List<SortKey> order, int limit) implements PhysicalSink {
  public CollectRows {
    Objects.requireNonNull(input, "input");
    order = List.copyOf(order);
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
    return "Collect" + (order.isEmpty() ? "" : ", sorted here by " + order) + (limit < 0 ? "" : ", first " + limit + " rows");
  }

  @Override
  public <R> R accept(SinkVisitor<R> visitor) {
    return visitor.collectRows(this);
  }
}
