package org.beamframe.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code left.merge(right, on=keys, how=...)}: the left columns, then the right's other
 * columns; a non-key name on both sides gets pandas' suffixes {@code _x} and {@code _y}. Whether
 * the right side is broadcast or both are shuffled is the physical plan's choice.
 *
 * @param left the left frame; all its rows are kept with {@link JoinHow#LEFT}
 * @param right the right frame
 * @param on the key columns, present with the same dtype on both sides; they appear once in the output
 * @param how inner or left
 */
public record JoinNode(PlanNode left, PlanNode right, List<String> on, JoinHow how) implements PlanNode {
  /**
   * Checks the keys against both sides now; copies {@code on}.
   *
   * @param left the left frame
   * @param right the right frame
   * @param on the key columns, at least one
   * @param how inner or left
   * @throws NullPointerException if {@code left}, {@code right} or {@code on} is null
   * @throws IllegalArgumentException if {@code on} is empty, or a key has different dtypes on the two
   *     sides (the message says to convert one with astype)
   * @throws org.beamframe.types.ColumnNotFoundException if a key is missing on either side
   */
  public JoinNode {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    on = List.copyOf(on);
    if (on.isEmpty()) {
      throw new IllegalArgumentException("merge needs at least one key column: on=...");
    }
    for (String key : on) {
      var leftType = left.schema().typeOf(key);
      var rightType = right.schema().typeOf(key);
      if (leftType != rightType) {
        throw new IllegalArgumentException("merge key " + key + " is " + leftType + " on the left but " + rightType
            + " on the right; convert one side (astype) first");
      }
    }
  }

  @Override
  public FrameSchema schema() {
    List<FrameField> fields = new ArrayList<>();
    for (FrameField field : left.schema().fields()) {
      fields.add(new FrameField(leftName(field.name()), field.type()));
    }
    for (FrameField field : right.schema().fields()) {
      if (!on.contains(field.name())) {
        fields.add(new FrameField(rightName(field.name()), field.type()));
      }
    }
    return FrameSchema.of(fields);
  }

  private boolean clashes(String name) {
    return !on.contains(name) && left.schema().contains(name) && right.schema().contains(name);
  }

  private String leftName(String name) {
    return clashes(name) ? name + "_x" : name;
  }

  private String rightName(String name) {
    return clashes(name) ? name + "_y" : name;
  }

  /**
   * The columns input {@code index} (0 left, 1 right) must give for {@code required} of the output:
   * always the keys, and each of that side's columns whose output name (with its suffix, if it got
   * one) is required. The optimizer uses it to read only what the merge needs.
   *
   * @param index 0 for the left input, 1 for the right
   * @param required names of this node's output columns that are needed
   * @return names of that input's columns, in its own naming (without suffixes)
   */
  public Set<String> requiredOf(int index, Set<String> required) {
    PlanNode side = index == 0 ? left : right;
    Set<String> columns = new HashSet<>(on);
    for (String name : side.schema().names()) {
      if (required.contains(index == 0 ? leftName(name) : rightName(name))) {
        columns.add(name);
      }
    }
    return columns;
  }

  @Override
  public List<PlanNode> children() {
    return List.of(left, right);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    return new JoinNode(children.get(0), children.get(1), on, how);
  }

  @Override
  public String describe() {
    return "Merge on " + on + " (" + how + ")";
  }
}
