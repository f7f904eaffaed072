package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * The (small) result handed back to this process through the executor's result directory, then
 * sorted here by {@code order} and cut to {@code limit} rows (negative: all). The result limits of
 * the executor apply; past them the run fails rather than fill this process's memory.
 *
 * @param input the rows to collect
 * @param order the order to sort them in here; empty to keep them as they arrive
 * @param limit how many rows to keep after sorting; negative for all
 */
public record CollectRows(PhysicalNode input, List<SortKey> order, int limit) implements PhysicalSink {
  /**
   * Checks the input and copies {@code order}.
   *
   * @param input the rows to collect
   * @param order the sort keys
   * @param limit how many rows to keep; negative for all
   * @throws NullPointerException if {@code input} or {@code order} is null
   */
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
