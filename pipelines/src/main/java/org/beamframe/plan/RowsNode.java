package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.beamframe.rows.RowProgram;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/** Several row-level steps (assign, filter, select) fused to run as one step on each row. */
public record RowsNode(PlanNode child, RowProgram program) implements PlanNode {
  public RowsNode {
    Objects.requireNonNull(child, "child");
    program.outputSchema(child.schema());
  }

  @Override
  public FrameSchema schema() {
    return program.outputSchema(child.schema());
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    return new RowsNode(children.get(0), program);
  }

  @Override
  public List<SortKey> order() {
    return child.order();
  }

  @Override
  public String describe() {
    return "Rows (one fused step): " + program.steps().stream().map(Object::toString).collect(Collectors.joining("; "));
  }
}
