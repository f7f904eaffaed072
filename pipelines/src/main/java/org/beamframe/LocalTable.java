package org.beamframe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.beam.sdk.values.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.beamframe.exec.BeamEdge;
import org.beamframe.exec.RowOrder;
import org.beamframe.exec.RunReport;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;
import org.beamframe.types.ValueText;

/**
 * A small computed result held in this process: rows of values in schema order; {@code null} is missing.
 *
 * <p>What {@link DataFrame#compute()} returns, as pandas' in-memory {@code DataFrame}. It is
 * immutable: its rows cannot be modified, and the methods that reorder or take rows return a new
 * table. Each value is {@code null} or of its column's dtype's Java type:
 * {@code Long} (int64), {@code Double} (float64), {@code String} (object), {@code Boolean} (bool),
 * {@code LocalDateTime} (datetime64).
 *
 * <pre>{@code
 * LocalTable table = frame.compute();
 * List<Double> grams = table.column("morphine_equivalent_g", Double.class);
 * System.out.println(table.head(5));   // pandas-style text
 * String csv = table.toCsv();          // with a header
 * }</pre>
 */
public final class LocalTable {
  private final FrameSchema schema;
  private final List<List<Object>> rows;
  private final RunReport report;

  /**
   * A table built by hand, with no run report. The rows are copied.
   *
   * @param schema the columns and their dtypes
   * @param rows the rows, each one value per column in schema order; values are not type-checked
   * @throws IllegalArgumentException if a row's number of values differs from the schema's
   */
  public LocalTable(FrameSchema schema, List<List<Object>> rows) {
    this(schema, rows, null);
  }

  /**
   * A table computed by a run, with that run's row accounting. The rows are copied.
   *
   * @param schema the columns and their dtypes
   * @param rows the rows, each one value per column in schema order
   * @param report the run's row accounting, or {@code null} for none
   * @throws IllegalArgumentException if a row's number of values differs from the schema's
   */
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

  /**
   * Returns the table's schema.
   *
   * @return the columns and their dtypes
   */
  public FrameSchema schema() {
    return schema;
  }

  /**
   * How the run that computed this table accounted for every input record; empty for a table built by hand.
   *
   * @return the run's report, if any
   */
  public java.util.Optional<RunReport> report() {
    return java.util.Optional.ofNullable(report);
  }

  /**
   * Returns the column names.
   *
   * @return the column names, in order
   */
  public List<String> columns() {
    return schema.names();
  }

  /**
   * Returns the number of rows.
   *
   * @return the number of rows
   */
  public int rowCount() {
    return rows.size();
  }

  /**
   * Returns all rows.
   *
   * @return the rows, unmodifiable, each a list of values in schema order
   */
  public List<List<Object>> rows() {
    return rows;
  }

  /**
   * Returns one row.
   *
   * @param index the row's position, from 0
   * @return the row's values in schema order, unmodifiable
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public List<Object> row(int index) {
    return rows.get(index);
  }

  /**
   * Returns one value, as pandas' {@code df.at[row, column]}.
   *
   * @param row the row's position, from 0
   * @param column the column name
   * @return the value, or {@code null} when missing
   * @throws IndexOutOfBoundsException if there is no such row
   * @throws IllegalArgumentException if there is no such column
   */
  public Object get(int row, String column) {
    return rows.get(row).get(schema.indexOf(column));
  }

  /**
   * Returns one column's values; {@link #column(String, Class)} gives them typed.
   *
   * @param name the column name
   * @return the values in row order, {@code null} for missing, unmodifiable
   * @throws IllegalArgumentException if there is no such column
   */
  public List<Object> column(String name) {
    int index = schema.indexOf(name);
    return Collections.unmodifiableList(new ArrayList<>(rows.stream().map(row -> row.get(index)).toList()));
  }

  /**
   * The values of column {@code name} as {@code type}, the Java type of its dtype ({@code Long} for
   * int64, {@code Double} for float64, {@code String} for object, {@code Boolean} for bool,
   * {@code LocalDateTime} for datetime64); missing values are null.
   *
   * @param <T> the Java type of the values
   * @param name the column name
   * @param type the Java type of the column's dtype, or a supertype of it
   * @return the values in row order
   * @throws IllegalArgumentException if there is no such column, or {@code type} is not the
   *     column's Java type (the message names the right one)
   */
  public <T> List<T> column(String name, Class<T> type) {
    DType dtype = schema.typeOf(name);
    if (!type.isAssignableFrom(dtype.javaType())) {
      throw new IllegalArgumentException("column " + name + " is " + dtype.pandasName() + ", whose values are "
          + dtype.javaType().getSimpleName() + ", not " + type.getSimpleName() + ": ask for column(\"" + name + "\", "
          + dtype.javaType().getSimpleName() + ".class)");
    }
    return column(name).stream().map(type::cast).toList();
  }

  /**
   * The rows as Beam rows of the table's Beam schema (every field nullable), e.g. for {@code Create.of}.
   *
   * @return one Beam row per row, in order
   */
  public List<Row> toBeamRows() {
    return BeamEdge.beamRows(schema, rows);
  }

  /**
   * The rows as maps from column name to value, in column order: pandas' {@code to_dict("records")}.
   *
   * @return one unmodifiable map per row, in order; a missing value is a {@code null} entry
   */
  public List<Map<String, Object>> toMaps() {
    List<Map<String, Object>> maps = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < schema.size(); i++) {
        map.put(schema.field(i).name(), row.get(i));
      }
      maps.add(Collections.unmodifiableMap(map));
    }
    return Collections.unmodifiableList(maps);
  }

  /**
   * The first {@code n} rows, or all rows when there are fewer; the report is kept.
   *
   * @param n how many rows, 0 or more
   * @return the new table
   */
  public LocalTable head(int n) {
    return new LocalTable(schema, rows.subList(0, Math.min(n, rows.size())), report);
  }

  /**
   * {@code n} rows drawn without replacement, reproducibly for a given seed, in their original order.
   * All rows when there are fewer than {@code n}.
   *
   * @param n how many rows, 0 or more
   * @param seed the random seed; the same seed on the same table gives the same rows
   * @return the new table
   */
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

  /**
   * The rows sorted by these columns, ascending, missing values last (pandas' default). The sort is stable.
   *
   * @param columns the sort columns, most significant first
   * @return the new table
   * @throws IllegalArgumentException if a column is unknown
   */
  public LocalTable sortedBy(List<String> columns) {
    return sorted(columns.stream().map(SortKey::ascending).toList());
  }

  /**
   * pandas' {@code sort_values(by, ascending)} on a computed (small) table: stable, missing values
   * last whatever the direction.
   *
   * @param by the sort columns, most significant first
   * @param ascending one direction per column of {@code by}
   * @return the new table
   * @throws IllegalArgumentException if the lists differ in length or a column is unknown
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

  /**
   * Writes the table as CSV with a header; missing values are empty fields, as pandas' {@code to_csv}.
   * Fields are quoted as RFC 4180 needs; records end with {@code \n}.
   *
   * @param out where the text goes
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
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

  /**
   * The table as CSV text, as {@link #writeCsv(Appendable)} writes it.
   *
   * @return the CSV text, header first
   */
  public String toCsv() {
    StringBuilder text = new StringBuilder();
    writeCsv(text);
    return text.toString();
  }

  /**
   * The table in pandas' style, for looking at, not parsing: a header, the rows with their
   * position, columns aligned to the right, missing values as pandas shows them after read_csv
   * (NaN, NaT, or {@code <NA>} for the nullable int64 and bool), the middle rows elided past
   * {@value #SHOWN} rows (pandas waits for 60), and, always, the table's size.
   *
   * @return the table as aligned text
   */
  @Override
  public String toString() {
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.size() <= SHOWN || i < SHOWN / 2 || i >= rows.size() - SHOWN / 2) {
        shown.add(i);
      }
    }
    List<List<String>> cells = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of(""));
    header.addAll(schema.names());
    cells.add(header);
    for (int index : shown) {
      List<String> line = new ArrayList<>(List.of(String.valueOf(index)));
      for (int c = 0; c < schema.size(); c++) {
        line.add(cell(rows.get(index).get(c), schema.field(c).type()));
      }
      cells.add(line);
    }
    int[] widths = new int[header.size()];
    for (List<String> line : cells) {
      for (int c = 0; c < line.size(); c++) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (int l = 0; l < cells.size(); l++) {
      if (l > 0 && rows.size() > SHOWN && shown.get(l - 1) == rows.size() - SHOWN / 2) {
        text.append(elision(widths)).append('\n');
      }
      List<String> line = cells.get(l);
      for (int c = 0; c < line.size(); c++) {
        String value = line.get(c);
        text.append(c == 0 ? "" : "  ").append(" ".repeat(widths[c] - value.length())).append(value);
      }
      text.append('\n');
    }
    return text.append('\n').append("[").append(rows.size()).append(rows.size() == 1 ? " row x " : " rows x ")
        .append(schema.size()).append(schema.size() == 1 ? " column]" : " columns]").toString();
  }

  private static final int SHOWN = 20;

  private static String cell(Object value, DType type) {
    if (value == null) {
      return switch (type) {
        case FLOAT64, OBJECT -> "NaN";
        case DATETIME64 -> "NaT";
        case INT64, BOOL -> "<NA>";
      };
    }
    return ValueText.format(value);
  }

  private static String elision(int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      line.append(c == 0 ? "" : "  ").append(" ".repeat(Math.max(0, widths[c] - 3))).append("...");
    }
    return line.toString();
  }
}
