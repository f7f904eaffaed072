package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.csv.CsvSource;
import org.beamframe.plan.PlanTree;
import org.beamframe.rows.RowProgram;
import org.beamframe.types.FrameSchema;

/**
 * Reads CSV in parallel byte-range splits, converts only {@code columns}, and runs the fused row
 * program on each record as it is read: one step, no row between them crosses a runner's queue.
 *
 * @param source the files, their header schema and read options
 * @param columns the columns converted from text, in the order the program sees them
 * @param program the fused row steps run on each record; empty for none
 */
public record CsvScan(CsvSource source, List<String> columns, RowProgram program) implements PhysicalNode {
  /**
   * Checks the columns and the program against the source's schema; copies {@code columns}.
   *
   * @param source the files to read
   * @param columns the columns to convert
   * @param program the row steps to run on each record
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a column is not in the source, or the program does not fit its columns
   */
  public CsvScan {
    Objects.requireNonNull(source, "source");
    columns = List.copyOf(columns);
    program.outputSchema(source.schema().select(columns));
  }

  /**
   * The schema of the records as read, before the row program.
   *
   * @return {@code columns} with their dtypes from the source
   */
  public FrameSchema recordSchema() {
    return source.schema().select(columns);
  }

  @Override
  public FrameSchema schema() {
    return program.outputSchema(recordSchema());
  }

  @Override
  public List<PlanTree> children() {
    return List.of();
  }

  @Override
  public List<CsvSource> sources() {
    return List.of(source);
  }

  @Override
  public String describe() {
    int splits = source.splits().size();
    return "CsvScan " + source + " in " + splits + (splits == 1 ? " split" : " splits") + ", parses "
        + columns.size() + " of " + source.schema().size() + " columns"
        + (program.isEmpty() ? "" : "; then per row: " + RowSteps.text(program));
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.csvScan(this);
  }
}
