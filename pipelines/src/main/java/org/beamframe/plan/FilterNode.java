package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * Keeps the rows where {@code predicate} is True, as pandas' {@code df[predicate]}; a missing
 * result drops the row. Keeps the child's order.
 *
 * @param child the rows to filter
 * @param predicate a bool expression over the child's columns
 */
public record FilterNode(PlanNode child, Expr predicate) implements PlanNode {
  /**
   * Type-checks the predicate against the child's schema now.
   *
   * @param child the rows to filter
   * @param predicate a bool expression over the child's columns
   * @throws NullPointerException if {@code child} or {@code predicate} is null
   * @throws org.beamframe.types.ColumnNotFoundException if the predicate reads a column the child lacks
   * @throws ExprTypeException if the predicate does not type-check or is not bool
   */
  public FilterNode {
    Objects.requireNonNull(child, "child");
    DType type = predicate.type(child.schema());
    if (type != DType.BOOL) {
      throw new ExprTypeException(
          "a filter needs a bool expression, but " + predicate + " is " + type + "; compare it, e.g. "
              + predicate + " == value");
    }
  }

  @Override
  public FrameSchema schema() {
    return child.schema();
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    return new FilterNode(children.get(0), predicate);
  }

  @Override
  public List<SortKey> order() {
    return child.order();
  }

  @Override
  public String describe() {
    return "Filter " + predicate;
  }
}
