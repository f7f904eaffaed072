package org.beamframe.physical;

import java.util.List;
import org.beamframe.types.FrameSchema;

/**
 * The rows of several inputs with the same columns, as one collection (Beam's Flatten).
 *
 * @param inputs the inputs, at least one; the first gives the schema
 */
public record Union(List<PhysicalNode> inputs) implements PhysicalNode {
  /**
   * Copies the list; the logical plan has checked that the inputs' schemas agree.
   *
   * @param inputs the inputs
   * @throws NullPointerException if {@code inputs} or an input is null
   */
  public Union {
    inputs = List.copyOf(inputs);
  }

  @Override
  public FrameSchema schema() {
    return inputs.get(0).schema();
  }

  @Override
  public List<PhysicalNode> children() {
    return inputs;
  }

  @Override
  public String describe() {
    return "Union of " + inputs.size() + " inputs";
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.union(this);
  }
}
