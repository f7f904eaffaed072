package org.beamframe.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/** Keeps the named columns, in the order given. */
public record SelectNode(PlanNode child, List<String> columns) implements PlanNode {
  public SelectNode {
    Objects.requireNonNull(child, "child");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("select needs at least one column");
    }
    if (new HashSet<>(columns).size() != columns.size()) {
      throw new IllegalArgumentException("select names a column twice: " + columns);
    }
    child.schema().select(columns);
    for (SortKey key : child.order()) {
      if (!columns.contains(key.column())) {
        throw new IllegalArgumentException("select drops " + key.column() + ", which this frame's result is sorted by; "
            + "select before sort_values/nlargest, or keep the column");
      }
    }
  }

  @Override
  public FrameSchema schema() {
    return child.schema().select(columns);
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    return new SelectNode(children.get(0), columns);
  }

  @Override
  public List<SortKey> order() {
    return child.order();
  }

  @Override
  public String describe() {
    return "Select " + columns;
  }
}
