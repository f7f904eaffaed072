package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * The rows gathered on one worker, sorted by {@code order} and written to one CSV file there:
 * never through this process, but held by that worker (a result one worker can hold).
 *
 * @param input the rows to write
 * @param order the sort keys, at least one
 * @param target the file, and whether it may be replaced
 */
public record SortedCsvFile(PhysicalNode input, List<SortKey> order, CsvTarget target) implements PhysicalSink {
  /**
   * Checks the parts and copies {@code order}.
   *
   * @param input the rows to write
   * @param order the sort keys
   * @param target the file
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code order} is empty (unordered rows are a {@link CsvFile})
   */
  public SortedCsvFile {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(target, "target");
    order = List.copyOf(order);
    if (order.isEmpty()) {
      throw new IllegalArgumentException("a sorted file needs an order; unordered rows are a CsvFile");
    }
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
    return "WriteCsv " + target + " sorted by " + order + ", gathered and sorted on one worker";
  }

  @Override
  public <R> R accept(SinkVisitor<R> visitor) {
    return visitor.sortedCsvFile(this);
  }
}
