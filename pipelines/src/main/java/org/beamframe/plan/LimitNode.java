package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/** pandas' {@code head(n)}: the first n rows, in the child's order (file order when it has none). */
public record LimitNode(PlanNode child, int n) implements PlanNode {
  public LimitNode {
    Objects.requireNonNull(child, "child");
    if (n < 0) {
      throw new IllegalArgumentException("head needs n >= 0, got " + n);
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
    return new LimitNode(children.get(0), n);
  }

  @Override
  public List<SortKey> order() {
    return child.order();
  }

  @Override
  public String describe() {
    return "Limit " + n;
  }
}
