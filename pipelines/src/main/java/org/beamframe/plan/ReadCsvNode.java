package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.csv.CsvSource;
import org.beamframe.types.FrameSchema;

/**
 * Reads CSV files; {@code columns} are the ones it converts and outputs, in order. As pandas'
 * {@code read_csv(usecols=...)}, the optimizer narrows {@code columns} to what the plan reads.
 *
 * @param source the files, their header schema and read options
 * @param columns the columns to convert and output, a subset of the source's, in output order
 */
public record ReadCsvNode(CsvSource source, List<String> columns) implements PlanLeaf {
  /**
   * Checks {@code columns} against the source's schema; copies the list.
   *
   * @param source the files, their header schema and read options
   * @param columns the columns to convert and output
   * @throws NullPointerException if {@code source} or {@code columns} is null
   * @throws org.beamframe.types.ColumnNotFoundException if a column is not in the source
   */
  public ReadCsvNode {
    Objects.requireNonNull(source, "source");
    columns = List.copyOf(columns);
    source.schema().select(columns);
  }

  /**
   * A read of every column of {@code source}.
   *
   * @param source the files to read
   * @return a read of all the source's columns, in header order
   */
  public static ReadCsvNode of(CsvSource source) {
    return new ReadCsvNode(source, source.schema().names());
  }

  @Override
  public FrameSchema schema() {
    return source.schema().select(columns);
  }

  @Override
  public List<CsvSource> sources() {
    return List.of(source);
  }

  @Override
  public String describe() {
    return "ReadCsv " + source + " parses " + columns.size() + " of " + source.schema().size() + " columns";
  }
}
