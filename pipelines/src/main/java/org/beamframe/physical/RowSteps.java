package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.beamframe.rows.RowProgram;
import org.beamframe.types.FrameSchema;

/** Assignments, filters and selections run on each row in one step (one DoFn). */
public record RowSteps(PhysicalNode child, RowProgram program) implements PhysicalNode {
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
