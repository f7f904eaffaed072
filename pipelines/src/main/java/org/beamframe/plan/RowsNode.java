package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.beamframe.rows.RowProgram;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * Several row-level steps (assign, filter, select) fused to run as one step on each row: made by the
 * optimizer, never by the facade. Keeps the child's order.
 *
 * @param child the rows the steps run on
 * @param program the fused steps, in the order they run
 */
public record RowsNode(PlanNode child, RowProgram program) implements PlanNode {
  /**
   * Checks the program against the child's schema.
   *
   * @param child the rows the steps run on
   * @param program the fused steps
   * @throws NullPointerException if {@code child} or {@code program} is null
   * @throws IllegalArgumentException if a step reads a missing column or does not type-check
   */
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
