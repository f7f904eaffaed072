package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * pandas' {@code sort_values}: the rows in this order (stable, missing values last whatever the direction).
 * The order is realized where the result is gathered, so the optimizer moves this node above the
 * row-wise steps written after it.
 *
 * @param child the rows to sort
 * @param keys the sort keys, first key first
 */
public record SortNode(PlanNode child, List<SortKey> keys) implements PlanNode {
  /**
   * Checks the keys against the child's schema; copies the list.
   *
   * @param child the rows to sort
   * @param keys the sort keys, at least one
   * @throws NullPointerException if {@code child} or {@code keys} is null
   * @throws IllegalArgumentException if {@code keys} is empty
   * @throws org.beamframe.types.ColumnNotFoundException if a key's column is not in the child
   */
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
