package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/** Keeps the rows where {@code predicate} is True. */
public record FilterNode(PlanNode child, Expr predicate) implements PlanNode {
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
