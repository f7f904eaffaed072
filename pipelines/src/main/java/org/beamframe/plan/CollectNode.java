package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/**
 * The sink of {@code compute()}: the (small) result comes back to this process.
 *
 * @param child the rows to collect
 */
public record CollectNode(PlanNode child) implements PlanNode {
  /**
   * Checks that the child is given.
   *
   * @param child the rows to collect
   * @throws NullPointerException if {@code child} is null
   */
  public CollectNode {
    Objects.requireNonNull(child, "child");
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
    return new CollectNode(children.get(0));
  }

  @Override
  public String describe() {
    return "Collect";
  }
}
