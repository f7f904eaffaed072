package org.beamframe.rows;

import java.util.List;
import org.beamframe.types.FrameSchema;

/** Keeps the named columns, in the order given. */
public record SelectStep(List<String> columns) implements RowStep {
  public SelectStep {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("select needs at least one column");
    }
  }

  @Override
  public FrameSchema outputSchema(FrameSchema input) {
    return input.select(columns);
  }

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

  @Override
  public String toString() {
    return "Select " + columns;
  }
}
