package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * pandas' {@code head(n)}: the first n rows, in the child's order (file order when it has none).
 * Only a result's last step: the physical planner refuses a limit with a step after it.
 *
 * @param child the rows to cut
 * @param n how many rows to keep, 0 or more
 */
public record LimitNode(PlanNode child, int n) implements PlanNode {
  /**
   * Checks {@code n}.
   *
   * @param child the rows to cut
   * @param n how many rows to keep
   * @throws NullPointerException if {@code child} is null
   * @throws IllegalArgumentException if {@code n} is negative
   */
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
