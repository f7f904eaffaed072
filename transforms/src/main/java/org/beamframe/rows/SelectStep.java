package org.beamframe.rows;

import java.util.List;
import org.beamframe.types.FrameSchema;

/**
 * Keeps the named columns, in the order given (pandas' {@code df[["a", "b"]]}); the others are
 * dropped and the rows are otherwise unchanged.
 *
 * @param columns the columns to keep, in output order; an immutable copy
 * @serial exclude
 */
public record SelectStep(List<String> columns) implements RowStep {
  /**
   * Creates the step with an immutable copy of {@code columns}; names are checked against a schema
   * only by {@link #outputSchema} and {@link #compile}.
   *
   * @param columns the columns to keep, in output order
   * @throws IllegalArgumentException if {@code columns} is empty
   * @throws NullPointerException if {@code columns} or one of its names is null
   */
  public SelectStep {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("select needs at least one column");
    }
  }

  /**
   * The named columns of {@code input}, with their dtypes, in the order given.
   *
   * @param input the schema of the rows before this step
   * @return the schema of the selected columns
   * @throws org.beamframe.types.ColumnNotFoundException if a column is not in {@code input}
   * @throws IllegalArgumentException if a column is named twice
   */
  @Override
  public FrameSchema outputSchema(FrameSchema input) {
    return input.select(columns);
  }

  /**
   * Resolves the names to positions in {@code input} once, so each row is a plain array copy.
   *
   * @param input the schema of the rows before this step
   * @return a function that gives a new array of the selected values; it never filters a row out
   * @throws org.beamframe.types.ColumnNotFoundException if a column is not in {@code input}
   */
  @Override
  public RowFunction compile(FrameSchema input) {
    int[] positions = columns.stream().mapToInt(input::indexOf).toArray();
    return values -> {
      Object[] selected = new Object[positions.length];
      for (int i = 0; i < positions.length; i++) {
        selected[i] = values[positions[i]];
      }
      return selected;
    };
  }

  /** The step as explain prints it, e.g. {@code Select [year, BUYER_STATE]}. */
  @Override
  public String toString() {
    return "Select " + columns;
  }
}
