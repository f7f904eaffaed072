package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * The n rows with the largest (or smallest) values of one column, pandas' nlargest / nsmallest. Runs
 * without a global sort: each worker keeps its n, then one merge.
 *
 * @param child the rows to choose from
 * @param n how many rows to keep, at least 1
 * @param column the column to order by; not bool
 * @param largest true for nlargest, false for nsmallest
 */
public record TopNode(PlanNode child, int n, String column, boolean largest) implements PlanNode {
  /**
   * Checks {@code n} and the column.
   *
   * @param child the rows to choose from
   * @param n how many rows to keep
   * @param column the column to order by
   * @param largest true for nlargest, false for nsmallest
   * @throws NullPointerException if {@code child} is null
   * @throws IllegalArgumentException if {@code n} is below 1 or the column is bool
   * @throws org.beamframe.types.ColumnNotFoundException if the column is not in the child
   */
  public TopNode {
    Objects.requireNonNull(child, "child");
    if (n < 1) {
      throw new IllegalArgumentException((largest ? "nlargest" : "nsmallest") + " needs n >= 1, got " + n);
    }
    DType type = child.schema().typeOf(column);
    if (type == DType.BOOL) {
      throw new IllegalArgumentException((largest ? "nlargest" : "nsmallest") + " of column " + column
          + " (bool) is not ordered usefully; filter on it instead");
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
    return new TopNode(children.get(0), n, column, largest);
  }

  /**
   * Largest first for nlargest, smallest first for nsmallest.
   *
   * @return one key: {@code column}, descending for nlargest, ascending for nsmallest
   */
  @Override
  public List<SortKey> order() {
    return List.of(new SortKey(column, !largest));
  }

  @Override
  public String describe() {
    return (largest ? "Largest " : "Smallest ") + n + " by " + column;
  }
}
