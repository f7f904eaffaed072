package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code left.merge(right, on=keys | left_on=/right_on=, how=..., suffixes=...)}; the
 * {@link JoinColumns} say which columns match and how the output names them. Whether the right side
 * is broadcast or both are shuffled is the physical plan's choice.
 *
 * @param left the left frame; all its rows are kept with {@link JoinHow#LEFT} and {@link JoinHow#OUTER}
 * @param right the right frame; all its rows are kept with {@link JoinHow#RIGHT} and {@link JoinHow#OUTER}
 * @param columns the keys of both sides and the suffixes
 * @param how inner, left, right or outer
 */
public record JoinNode(PlanNode left, PlanNode right, JoinColumns columns, JoinHow how) implements PlanNode {
  /**
   * Checks the keys against both sides now.
   *
   * @param left the left frame
   * @param right the right frame
   * @param columns the keys and suffixes
   * @param how the kind of merge
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a key pair has two dtypes or is float64, or a suffixed name
   *     clashes (the message says what to change)
   * @throws org.beamframe.types.ColumnNotFoundException if a key is missing on its side
   */
  public JoinNode {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(how, "how");
    columns.check(left.schema(), right.schema());
    columns.output(left.schema(), right.schema());
  }

  @Override
  public FrameSchema schema() {
    return columns.output(left.schema(), right.schema());
  }

  /**
   * The columns input {@code index} (0 left, 1 right) must give for {@code required} of the output:
   * always its keys, and each of that side's columns whose output name (with its suffix, if it got
   * one) is required. The optimizer uses it to read only what the merge needs.
   *
   * @param index 0 for the left input, 1 for the right
   * @param required names of this node's output columns that are needed
   * @return names of that input's columns, in its own naming (without suffixes)
   */
  public Set<String> requiredOf(int index, Set<String> required) {
    return columns.requiredOf(index, left.schema(), right.schema(), required);
  }

  @Override
  public List<PlanNode> children() {
    return List.of(left, right);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    return new JoinNode(children.get(0), children.get(1), columns, how);
  }

  @Override
  public String describe() {
    return "Merge " + columns + " (" + how + ")";
  }
}
