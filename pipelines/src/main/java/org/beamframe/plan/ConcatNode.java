package org.beamframe.plan;

import java.util.List;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code concat([a, b, ...])} of frames with the same columns and dtypes, in the same order.
 * The rows of all inputs, in no particular order.
 *
 * @param inputs the frames to concatenate, at least two
 */
public record ConcatNode(List<PlanNode> inputs) implements PlanNode {
  /**
   * Checks that there are at least two inputs with equal schemas; copies the list.
   *
   * @param inputs the frames to concatenate
   * @throws IllegalArgumentException if there are fewer than two, or one's columns or dtypes differ
   *     from the first's (the message shows both)
   */
  public ConcatNode {
    inputs = List.copyOf(inputs);
    if (inputs.size() < 2) {
      throw new IllegalArgumentException("concat needs at least two frames");
    }
    FrameSchema first = inputs.get(0).schema();
    for (int i = 1; i < inputs.size(); i++) {
      if (!inputs.get(i).schema().equals(first)) {
        throw new IllegalArgumentException("concat needs the same columns and dtypes in every frame: frame 0 has "
            + first + ", frame " + i + " has " + inputs.get(i).schema() + "; select, rename or astype them alike first");
      }
    }
  }

  @Override
  public FrameSchema schema() {
    return inputs.get(0).schema();
  }

  @Override
  public List<PlanNode> children() {
    return inputs;
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    return new ConcatNode(children);
  }

  @Override
  public String describe() {
    return "Concat of " + inputs.size() + " frames";
  }
}
