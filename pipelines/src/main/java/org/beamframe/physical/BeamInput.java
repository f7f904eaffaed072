package org.beamframe.physical;

import java.util.List;
import org.beamframe.plan.PlanTree;
import org.beamframe.plan.RowSource;
import org.beamframe.types.FrameSchema;

/**
 * The rows of a Beam PCollection of the pipeline the plan is applied in, as they are.
 *
 * @param source the PCollection, as the plan names it
 * @param schema the frame schema of its rows
 */
public record BeamInput(RowSource source, FrameSchema schema) implements PhysicalNode {
  @Override
  public List<PlanTree> children() {
    return List.of();
  }

  @Override
  public String describe() {
    return "BeamInput " + source.describe();
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.beamInput(this);
  }
}
