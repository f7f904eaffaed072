package org.beamframe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.beamframe.exec.RowOrder;
import org.beamframe.exec.RunReport;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;
import org.beamframe.types.ValueText;

/** A small computed result held in this process: rows of values in schema order; {@code null} is missing. */
public final class LocalTable {
  private final FrameSchema schema;
  private final List<List<Object>> rows;
  private final RunReport report;

  public LocalTable(FrameSchema schema, List<List<Object>> rows) {
    this(schema, rows, null);
  }

  /** A table computed by a run, with that run's row accounting. */
  public LocalTable(FrameSchema schema, List<List<Object>> rows, RunReport report) {
    this.schema = schema;
    this.report = report;
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != schema.size()) {
        throw new IllegalArgumentException("row " + row + " has " + row.size() + " values, schema " + schema + " has " + schema.size());
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    this.rows = Collections.unmodifiableList(copy);
  }

  public FrameSchema schema() {
    return schema;
  }

  /** How the run that computed this table accounted for every input record; empty for a table built by hand. */
  public java.util.Optional<RunReport> report() {
    return java.util.Optional.ofNullable(report);
  }

  public List<String> columns() {
    return schema.names();
  }

  public int rowCount() {
    return rows.size();
  }

  public List<List<Object>> rows() {
    return rows;
  }

  public List<Object> row(int index) {
    return rows.get(index);
  }

  public Object get(int row, String column) {
    return rows.get(row).get(schema.indexOf(column));
  }

  public List<Object> column(String name) {
    int index = schema.indexOf(name);
    return Collections.unmodifiableList(new ArrayList<>(rows.stream().map(row -> row.get(index)).toList()));
  }

  /** The first {@code n} rows. */
  public LocalTable head(int n) {
    return new LocalTable(schema, rows.subList(0, Math.min(n, rows.size())), report);
  }

  /** {@code n} rows drawn without replacement, reproducibly for a given seed, in their original order. */
  public LocalTable sample(int n, long seed) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      indexes.add(i);
    }
    Collections.shuffle(indexes, new Random(seed));
    List<Integer> chosen = new ArrayList<>(indexes.subList(0, Math.min(n, indexes.size())));
    Collections.sort(chosen);
    return new LocalTable(schema, chosen.stream().map(rows::get).toList(), report);
  }

  /** The rows sorted by these columns, ascending, missing values last (pandas' default). */
  public LocalTable sortedBy(List<String> columns) {
    return sorted(columns.stream().map(SortKey::ascending).toList());
  }

  /**
   * pandas' {@code sort_values(by, ascending)} on a computed (small) table: stable, missing values
   * last whatever the direction.
   */
  public LocalTable sortValues(List<String> by, List<Boolean> ascending) {
    if (by.size() != ascending.size()) {
      throw new IllegalArgumentException("sort_values: " + by.size() + " columns but " + ascending.size() + " directions");
    }
    List<SortKey> keys = new ArrayList<>();
    for (int k = 0; k < by.size(); k++) {
      keys.add(new SortKey(by.get(k), ascending.get(k)));
    }
    return sorted(keys);
  }

  private LocalTable sorted(List<SortKey> keys) {
    List<List<Object>> sorted = new ArrayList<>(rows);
    sorted.sort(RowOrder.of(schema, keys));
    return new LocalTable(schema, sorted, report);
  }

  /** Writes the table as CSV with a header; missing values are empty fields, as pandas' {@code to_csv}. */
  public void writeCsv(Appendable out) {
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      printer.printRecord(schema.names());
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(ValueText::format).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV: " + e.getMessage(), e);
    }
  }

  public String toCsv() {
    StringBuilder text = new StringBuilder();
    writeCsv(text);
    return text.toString();
  }

  /** The first rows as CSV and the table's size; for looking at, not parsing. */
  @Override
  public String toString() {
    String shown = head(20).toCsv();
    return shown + (rows.size() > 20 ? "...\n" : "") + "[" + rows.size() + " rows x " + schema.size() + " columns]";
  }
}
