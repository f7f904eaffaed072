package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/** pandas' {@code sort_values}: the rows in this order (stable, missing values last whatever the direction). */
public record SortNode(PlanNode child, List<SortKey> keys) implements PlanNode {
  public SortNode {
    Objects.requireNonNull(child, "child");
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("sort_values needs at least one column, e.g. SortKey.descending(\"x\")");
    }
    keys.forEach(key -> child.schema().indexOf(key.column()));
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
    return new SortNode(children.get(0), keys);
  }

  @Override
  public List<SortKey> order() {
    return keys;
  }

  @Override
  public String describe() {
    return "Sort by " + keys.stream().map(SortKey::toString).collect(Collectors.joining(", ", "[", "]"));
  }
}
