package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.rows.RowProgram;
import org.beamframe.types.FrameSchema;

/**
 * A group-by written to one CSV file sorted by its keys without a shuffle or a gather: each worker
 * writes its table of partial groups as key-sorted run files (at the end of its bundle, or
 * whenever the table reaches its budget), and one worker merges all runs in key order, runs
 * {@code after} (the row steps written after the group-by; they keep its keys) on each merged
 * group, and writes it. No step holds more than a budget of groups, so any number of groups fits.
 *
 * @param partials the keyed partial aggregation over a CSV read
 * @param after the row steps to run on each merged group; empty for none
 * @param target the file, and whether it may be replaced
 */
public record SortedRunsCsvFile(PartialAggregateScan partials, RowProgram after, CsvTarget target)
    implements PhysicalSink {
  /**
   * Checks the parts.
   *
   * @param partials the keyed partial aggregation
   * @param after the row steps to run on each merged group
   * @param target the file
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the aggregation has no keys
   */
  public SortedRunsCsvFile {
    Objects.requireNonNull(partials, "partials");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(target, "target");
    if (partials.aggregation().keys().isEmpty()) {
      throw new IllegalArgumentException("sorted runs need group keys; a reduction is one row");
    }
  }

  /**
   * The groups written as they are, with no row steps after the group-by.
   *
   * @param partials the keyed partial aggregation
   * @param target the file
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the aggregation has no keys
   */
  public SortedRunsCsvFile(PartialAggregateScan partials, CsvTarget target) {
    this(partials, RowProgram.empty(), target);
  }

  @Override
  public FrameSchema schema() {
    return after.outputSchema(partials.schema());
  }

  @Override
  public List<PartialAggregateScan> children() {
    return List.of(partials);
  }

  @Override
  public String describe() {
    return "WriteCsv " + target + " sorted by " + partials.aggregation().keys() + ": each worker's partial groups "
        + "spilled as key-sorted runs, merged in key order on one worker into the file"
        + (after.isEmpty() ? "" : "; then per group: " + RowSteps.text(after));
  }

  @Override
  public <R> R accept(SinkVisitor<R> visitor) {
    return visitor.sortedRunsCsvFile(this);
  }
}
