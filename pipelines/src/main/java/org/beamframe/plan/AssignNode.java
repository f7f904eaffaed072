package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.expr.Expr;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * {@code name = expr}: adds a column at the end, or replaces one of that name in place, as pandas'
 * {@code df.assign(name=...)}. Keeps the child's order.
 *
 * @param child the rows the expression is computed on
 * @param name the column to add or replace
 * @param expr the expression computing it from the child's columns
 */
public record AssignNode(PlanNode child, String name, Expr expr) implements PlanNode {
  /**
   * Type-checks {@code expr} against the child's schema now, so a bad column or type fails here.
   *
   * @param child the rows the expression is computed on
   * @param name the column to add or replace
   * @param expr the expression computing it
   * @throws NullPointerException if {@code child}, {@code name} or {@code expr} is null
   * @throws org.beamframe.types.ColumnNotFoundException if {@code expr} reads a column the child lacks
   * @throws org.beamframe.expr.ExprTypeException if an operand's dtype does not fit its operation
   */
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
