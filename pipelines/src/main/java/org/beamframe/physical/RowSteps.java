package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.beamframe.rows.RowProgram;
import org.beamframe.types.FrameSchema;

/**
 * Assignments, filters and selections run on each row in one step (one DoFn).
 *
 * @param child the rows the steps run on
 * @param program the steps, in the order they run
 */
public record RowSteps(PhysicalNode child, RowProgram program) implements PhysicalNode {
  /**
   * Checks the program against the child's schema.
   *
   * @param child the rows the steps run on
   * @param program the steps
   * @throws NullPointerException if {@code child} or {@code program} is null
   * @throws IllegalArgumentException if a step reads a missing column or does not type-check
   */
  public RowSteps {
    Objects.requireNonNull(child, "child");
    program.outputSchema(child.schema());
  }

  static String text(RowProgram program) {
    return program.steps().stream().map(Object::toString).collect(Collectors.joining("; "));
  }

  @Override
  public FrameSchema schema() {
    return program.outputSchema(child.schema());
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(child);
  }

  @Override
  public String describe() {
    return "RowSteps (one step per row): " + text(program);
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.rowSteps(this);
  }
}
