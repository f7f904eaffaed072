package org.beamframe;

import java.util.List;
import java.util.Objects;
import org.beamframe.plan.JoinColumns;
import org.beamframe.plan.JoinHow;
import org.beamframe.types.FrameSchema;

/**
 * The arguments of pandas' {@code merge} other than the right frame, as a small immutable value:
 * {@code Merge.on("buyer")} ({@code on=}), {@code Merge.leftOn("buyer").rightOn("name")}
 * ({@code left_on=}, {@code right_on=}), then {@code .how(JoinHow.OUTER)} and
 * {@code .suffixes("_left", "_right")}. Defaults as pandas: inner, suffixes {@code _x} and {@code _y}.
 *
 * <pre>{@code
 * // shipments.merge(buyers, left_on="buyer", right_on="name", how="outer", suffixes=("", "_buyer"))
 * shipments.merge(buyers, Merge.leftOn("buyer").rightOn("name").how(JoinHow.OUTER).suffixes("", "_buyer"));
 * }</pre>
 */
public final class Merge {
  private final List<String> leftOn;
  private final List<String> rightOn;
  private final JoinHow how;
  private final String leftSuffix;
  private final String rightSuffix;

  private Merge(List<String> leftOn, List<String> rightOn, JoinHow how, String leftSuffix, String rightSuffix) {
    this.leftOn = List.copyOf(leftOn);
    this.rightOn = List.copyOf(rightOn);
    this.how = Objects.requireNonNull(how, "how");
    this.leftSuffix = Objects.requireNonNull(leftSuffix, "leftSuffix");
    this.rightSuffix = Objects.requireNonNull(rightSuffix, "rightSuffix");
  }

  /**
   * pandas' {@code on=keys}: key columns named alike on both sides, each one output column.
   *
   * @param keys the key columns, at least one
   * @return an inner merge on those keys
   */
  public static Merge on(String... keys) {
    return new Merge(List.of(keys), List.of(keys), JoinHow.INNER, "_x", "_y");
  }

  /**
   * pandas' {@code left_on=keys}; name the right side's keys with {@link #rightOn}.
   *
   * @param keys the left side's key columns, at least one
   * @return an inner merge still needing its right keys
   */
  public static Merge leftOn(String... keys) {
    return new Merge(List.of(keys), List.of(), JoinHow.INNER, "_x", "_y");
  }

  /**
   * pandas' {@code right_on=keys}, matched in order with the left keys.
   *
   * @param keys the right side's key columns, as many as the left's
   * @return this merge with those right keys
   * @throws IllegalArgumentException after {@link #on}, which names both sides' keys already
   */
  public Merge rightOn(String... keys) {
    if (!rightOn.isEmpty()) {
      throw new IllegalArgumentException("right_on " + List.of(keys) + " with on=" + rightOn + ": pandas takes on= or "
          + "left_on=/right_on=, not both; use Merge.leftOn(...).rightOn(...)");
    }
    return new Merge(leftOn, List.of(keys), how, leftSuffix, rightSuffix);
  }

  /**
   * pandas' {@code how=}.
   *
   * @param how inner, left, right or outer
   * @return this merge of that kind
   */
  public Merge how(JoinHow how) {
    return new Merge(leftOn, rightOn, how, leftSuffix, rightSuffix);
  }

  /**
   * pandas' {@code suffixes=(left, right)} for names on both sides; either may be empty, not both equal.
   *
   * @param left appended to the left column's name
   * @param right appended to the right column's name
   * @return this merge with those suffixes
   */
  public Merge suffixes(String left, String right) {
    return new Merge(leftOn, rightOn, how, left, right);
  }

  /** The plan's view of a merge of {@code left} and {@code right}: keys, and which names get which suffix. */
  JoinColumns columns(FrameSchema left, FrameSchema right) {
    if (rightOn.isEmpty() && !leftOn.isEmpty()) {
      throw new IllegalArgumentException("left_on " + leftOn + " needs right_on: Merge.leftOn(...).rightOn(...)");
    }
    return JoinColumns.of(leftOn, rightOn, leftSuffix, rightSuffix, left, right);
  }

  /** The kind of merge. */
  JoinHow how() {
    return how;
  }
}
