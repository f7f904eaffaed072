package org.beamframe.rows;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.beamframe.types.FrameSchema;

/**
 * Row-level steps (assign, filter, select) run one after another on each row in a single pass:
 * what several pandas statements become once fused into one Beam step. Immutable.
 */
public final class RowProgram implements Serializable {
  private static final RowProgram EMPTY = new RowProgram(List.of());

  private final List<RowStep> steps;

  private RowProgram(List<RowStep> steps) {
    this.steps = List.copyOf(steps);
  }

  public static RowProgram empty() {
    return EMPTY;
  }

  public static RowProgram of(RowStep... steps) {
    return new RowProgram(List.of(steps));
  }

  /** This program followed by {@code step}. */
  public RowProgram then(RowStep step) {
    List<RowStep> more = new ArrayList<>(steps);
    more.add(step);
    return new RowProgram(more);
  }

  public List<RowStep> steps() {
    return steps;
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /** The schema of the rows this program gives for rows of {@code input}; checks every step. */
  public FrameSchema outputSchema(FrameSchema input) {
    FrameSchema schema = input;
    for (RowStep step : steps) {
      schema = step.outputSchema(schema);
    }
    return schema;
  }

  /** All steps compiled into one function for rows of {@code input}. */
  public RowFunction compile(FrameSchema input) {
    RowFunction[] compiled = new RowFunction[steps.size()];
    FrameSchema schema = input;
    for (int i = 0; i < compiled.length; i++) {
      compiled[i] = steps.get(i).compile(schema);
      schema = steps.get(i).outputSchema(schema);
    }
    return values -> {
      Object[] row = values;
      for (int i = 0; i < compiled.length && row != null; i++) {
        row = compiled[i].apply(row);
      }
      return row;
    };
  }

  @Override
  public String toString() {
    return steps.toString();
  }
}
