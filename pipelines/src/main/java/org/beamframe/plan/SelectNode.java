package org.beamframe.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * Keeps the named columns, in the order given, as pandas' {@code df[[...]]}. Keeps the child's order.
 *
 * @param child the rows to narrow
 * @param columns the columns to keep, in output order, each once
 */
public record SelectNode(PlanNode child, List<String> columns) implements PlanNode {
  /**
   * Checks the columns against the child's schema; copies the list.
   *
   * @param child the rows to narrow
   * @param columns the columns to keep
   * @throws NullPointerException if {@code child} or {@code columns} is null
   * @throws IllegalArgumentException if {@code columns} is empty, names a column twice, or drops a
   *     column the child's rows are sorted by
   * @throws org.beamframe.types.ColumnNotFoundException if a column is not in the child
   */
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
