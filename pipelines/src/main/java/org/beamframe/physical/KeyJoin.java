package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/**
 * A merge of two sides by key, moved as {@code movement} says: both sides shuffled by key (any
 * size), or a small right side copied to every worker, so no row of the left side moves.
 *
 * @param left the left side's rows
 * @param right the right side's rows
 * @param join the keys, kind and output columns
 * @param movement how the two sides meet
 */
public record KeyJoin(PhysicalNode left, PhysicalNode right, JoinSpec join, Movement movement) implements PhysicalNode {
  /** How the rows of the two sides meet. */
  public enum Movement {
    /** Both sides shuffled by key: for sides of any size. */
    SHUFFLED("shuffled"),
    /** The right side copied whole to every worker and the left side not moved: for a small right side. */
    RIGHT_SIDE_BROADCAST("right side broadcast");

    private final String text;

    Movement(String text) {
      this.text = text;
    }
  }

  /**
   * Checks that the sides and the movement are given.
   *
   * @param left the left side's rows
   * @param right the right side's rows
   * @param join the keys, kind and output columns
   * @param movement how the two sides meet
   * @throws NullPointerException if {@code left}, {@code right} or {@code movement} is null
   */
  public KeyJoin {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(movement, "movement");
  }

  @Override
  public FrameSchema schema() {
    return join.output();
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(left, right);
  }

  @Override
  public String describe() {
    return "Merge " + join.columns() + " (" + join.how() + ", " + movement.text + ")";
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.keyJoin(this);
  }
}
