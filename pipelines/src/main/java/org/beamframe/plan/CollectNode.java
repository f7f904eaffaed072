package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/** The sink of {@code compute()}: the (small) result comes back to this process. */
public record CollectNode(PlanNode child) implements PlanNode {
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
