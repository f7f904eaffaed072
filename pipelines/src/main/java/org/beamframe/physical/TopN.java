package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/**
 * The n rows with the largest (or smallest) values of one column: each worker keeps its n, then one merge.
 *
 * @param child the rows to choose from
 * @param n how many rows to keep
 * @param column the column to order by
 * @param largest true for the largest values, false for the smallest
 */
public record TopN(PhysicalNode child, int n, String column, boolean largest) implements PhysicalNode {
  /**
   * Checks the column against the child's schema.
   *
   * @param child the rows to choose from
   * @param n how many rows to keep
   * @param column the column to order by
   * @param largest true for the largest values
   * @throws NullPointerException if {@code child} is null
   * @throws org.beamframe.types.ColumnNotFoundException if the column is not in the child
   */
  public TopN {
    Objects.requireNonNull(child, "child");
    child.schema().indexOf(column);
  }

  @Override
  public FrameSchema schema() {
    return child.schema();
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(child);
  }

  @Override
  public String describe() {
    return "TopN " + (largest ? "largest " : "smallest ") + n + " by " + column + ": each worker keeps its " + n;
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.topN(this);
  }
}
