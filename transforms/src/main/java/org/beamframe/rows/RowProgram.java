package org.beamframe.rows;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.beamframe.types.FrameSchema;

/**
 * Row-level steps (assign, filter, select) run one after another on each row in a single pass:
 * what several pandas statements become once fused into one Beam step. Immutable.
 *
 * <p>A program is run by {@link org.beamframe.transforms.TransformRows} over a
 * {@code PCollection<Row>}, or inside a CSV read with
 * {@link org.beamframe.transforms.ReadCsv#withProgram}, so rows a filter drops are never built:
 *
 * <pre>{@code
 * RowProgram program = RowProgram.of(
 *         new AssignStep("grams", col("CALC_BASE_WT_IN_GM").mul(col("MME_Conversion_Factor"))),
 *         new FilterStep(col("grams").gt(0)))
 *     .then(new SelectStep(List.of("BUYER_STATE", "grams")));
 * }</pre>
 */
public final class RowProgram implements Serializable {
  private static final RowProgram EMPTY = new RowProgram(List.of());

  /** The steps, in the order they run; immutable. */
  private final List<RowStep> steps;

  private RowProgram(List<RowStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * The program with no steps: rows pass through unchanged.
   *
   * @return the empty program
   */
  public static RowProgram empty() {
    return EMPTY;
  }

  /**
   * A program of these steps, run in the order given.
   *
   * @param steps the steps; none may be null
   * @return the program
   * @throws NullPointerException if a step is null
   */
  public static RowProgram of(RowStep... steps) {
    return new RowProgram(List.of(steps));
  }

  /**
   * This program followed by {@code step}.
   *
   * @param step the step to run after this program's steps
   * @return a new program; this one is unchanged
   */
  public RowProgram then(RowStep step) {
    List<RowStep> more = new ArrayList<>(steps);
    more.add(step);
    return new RowProgram(more);
  }

  /**
   * The steps, in the order they run.
   *
   * @return an immutable list of the steps
   */
  public List<RowStep> steps() {
    return steps;
  }

  /**
   * Whether the program has no steps, so rows pass through unchanged.
   *
   * @return true if there are no steps
   */
  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /**
   * The schema of the rows this program gives for rows of {@code input}; checks every step.
   *
   * @param input the schema of the rows the program is given
   * @return the schema of the rows it gives ({@code input} itself for the empty program)
   * @throws IllegalArgumentException if a step does not fit the rows it is given (an unknown column,
   *     a type error)
   */
  public FrameSchema outputSchema(FrameSchema input) {
    FrameSchema schema = input;
    for (RowStep step : steps) {
      schema = step.outputSchema(schema);
    }
    return schema;
  }

  /**
   * All steps compiled into one function for rows of {@code input}. The function stops at the
   * first step that filters the row out.
   *
   * @param input the schema of the rows the program is given
   * @return the compiled program, serializable to ship to workers
   * @throws IllegalArgumentException if a step does not fit the rows it is given
   */
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

  /** The steps as a list, e.g. {@code [Assign g = (a * b), Filter (g > 0)]}. */
  @Override
  public String toString() {
    return steps.toString();
  }
}
