package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.expr.Expr;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/** {@code name = expr}: adds a column, or replaces one in place. */
public record AssignNode(PlanNode child, String name, Expr expr) implements PlanNode {
  public AssignNode {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(name, "name");
    expr.type(child.schema());
  }

  @Override
  public FrameSchema schema() {
    FrameSchema input = child.schema();
    return input.with(name, expr.type(input));
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    return new AssignNode(children.get(0), name, expr);
  }

  @Override
  public List<SortKey> order() {
    return child.order();
  }

  @Override
  public String describe() {
    return "Assign " + name + " = " + expr;
  }
}
