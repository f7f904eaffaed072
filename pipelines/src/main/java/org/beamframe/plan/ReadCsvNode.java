package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.csv.CsvSource;
import org.beamframe.types.FrameSchema;

/** Reads CSV files; {@code columns} are the ones it converts and outputs, in order. */
public record ReadCsvNode(CsvSource source, List<String> columns) implements PlanLeaf {
  public ReadCsvNode {
    Objects.requireNonNull(source, "source");
    columns = List.copyOf(columns);
    source.schema().select(columns);
  }

  /** A read of every column of {@code source}. */
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
