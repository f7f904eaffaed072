package org.beamframe.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.beamframe.types.FrameSchema;

/**
 * Rows held in this process ({@code BeamFrame.fromRows}): a plan's leaf. Each value is null
 * (missing) or of its column's dtype's Java type, checked here, where the rows are given.
 *
 * @param schema the columns and dtypes of the rows
 * @param rows the rows, each a list of values in schema order; kept as an unmodifiable copy
 */
public record LocalRowsNode(FrameSchema schema, List<List<Object>> rows) implements PlanLeaf {
  /**
   * Checks every row against {@code schema} and copies the rows, so later changes to the caller's
   * lists do not reach the plan.
   *
   * @param schema the columns and dtypes of the rows
   * @param rows the rows, values in schema order, null for a missing value
   * @throws IllegalArgumentException if a row has the wrong number of values, or a value is not of
   *     its column's Java type (the message names the row, column and both types)
   * @throws NullPointerException if {@code schema}, {@code rows} or a row is null
   */
  public LocalRowsNode {
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      if (row.size() != schema.size()) {
        throw new IllegalArgumentException("row " + r + " has " + row.size() + " values, but the schema has "
            + schema.size() + " columns " + schema.names());
      }
      for (int c = 0; c < row.size(); c++) {
        Object value = row.get(c);
        Class<?> type = schema.field(c).type().javaType();
        if (value != null && !type.isInstance(value)) {
          throw new IllegalArgumentException("row " + r + ", column " + schema.field(c).name() + ": " + value + " is a "
              + value.getClass().getSimpleName() + ", but the column is " + schema.field(c).type().pandasName()
              + ", whose values are " + type.getSimpleName() + " (or null for missing)");
        }
      }
      copy.add(Collections.unmodifiableList(Arrays.asList(row.toArray())));
    }
    rows = Collections.unmodifiableList(copy);
  }

  @Override
  public String describe() {
    return "LocalRows " + rows.size() + (rows.size() == 1 ? " row" : " rows") + " held in this process";
  }
}
