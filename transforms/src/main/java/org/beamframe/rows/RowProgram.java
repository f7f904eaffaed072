package org.beamframe.rows;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
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
  /**
   * The last schemas {@link #outputSchema} computed: a plan asks its row steps for their schema again
   * and again, and a program of many steps (a pivot table's) costs a schema per step each time.
   */
  private transient volatile SchemaPair lastSchemas;

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
    SchemaPair known = lastSchemas;
    if (known != null && known.input().equals(input)) {
      return known.output();
    }
    FrameSchema schema = input;
    // Assignments whose expressions read only columns the schema already has (not ones changed since)
    // are collected and applied at once: a schema per step would cost a program of n assignments (a
    // pivot table's) n^2.
    Map<String, DType> replaced = new HashMap<>();
    Map<String, DType> added = new LinkedHashMap<>();
    for (RowStep step : steps) {
      if (step instanceof AssignStep assign && !replaced.containsKey(assign.name()) && !added.containsKey(assign.name())
          && readsOnly(assign, schema, replaced)) {
        (schema.contains(assign.name()) ? replaced : added).put(assign.name(), assign.expr().type(schema));
        continue;
      }
      schema = step.outputSchema(changed(schema, replaced, added));
      replaced.clear();
      added.clear();
    }
    schema = changed(schema, replaced, added);
    lastSchemas = new SchemaPair(input, schema);
    return schema;
  }

  /** Whether the assignment reads only columns of {@code schema} that no collected assignment changed. */
  private static boolean readsOnly(AssignStep assign, FrameSchema schema, Map<String, DType> replaced) {
    for (String column : assign.expr().columns()) {
      if (!schema.contains(column) || replaced.containsKey(column)) {
        return false;
      }
    }
    return true;
  }

  /** {@code schema} with some columns' dtypes replaced and new columns added at its end. */
  private static FrameSchema changed(FrameSchema schema, Map<String, DType> replaced, Map<String, DType> added) {
    if (replaced.isEmpty() && added.isEmpty()) {
      return schema;
    }
    List<FrameField> fields = new ArrayList<>();
    for (FrameField field : schema.fields()) {
      fields.add(new FrameField(field.name(), replaced.getOrDefault(field.name(), field.type())));
    }
    added.forEach((name, type) -> fields.add(new FrameField(name, type)));
    return FrameSchema.of(fields);
  }

  /** An input schema and the output schema this program gives for it. */
  private record SchemaPair(FrameSchema input, FrameSchema output) {}

  /**
   * All steps compiled into one function for rows of {@code input}. The function stops at the
   * first step that filters the row out. A program that adds several columns gives each row the
   * room for them once, so a row is not copied once per new column (a pivot table adds one per value).
   *
   * @param input the schema of the rows the program is given
   * @return the compiled program, serializable to ship to workers
   * @throws IllegalArgumentException if a step does not fit the rows it is given
   */
  public RowFunction compile(FrameSchema input) {
    RowFunction[] compiled = new RowFunction[steps.size()];
    FrameSchema schema = input;
    int widest = input.size();
    for (int i = 0; i < compiled.length; i++) {
      compiled[i] = steps.get(i).compile(schema);
      schema = steps.get(i).outputSchema(schema);
      widest = Math.max(widest, schema.size());
    }
    int width = schema.size();
    int room = widest - input.size() >= 2 ? widest : 0;
    return values -> {
      Object[] row = room > values.length ? Arrays.copyOf(values, room) : values;
      for (int i = 0; i < compiled.length && row != null; i++) {
        row = compiled[i].apply(row);
      }
      return row == null || row.length == width ? row : Arrays.copyOf(row, width);
    };
  }

  /** The steps as a list, e.g. {@code [Assign g = (a * b), Filter (g > 0)]}. */
  @Override
  public String toString() {
    return steps.toString();
  }
}
