package org.beamframe.plan;

import java.util.Objects;
import org.beamframe.types.FrameSchema;

/** The rows of a Beam PCollection, with the schema its Beam schema maps to: a plan's leaf. */
public record BeamInputNode(RowSource source, FrameSchema schema) implements PlanLeaf {
  public BeamInputNode {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(schema, "schema");
  }

  @Override
  public String describe() {
    return "BeamInput " + source.describe();
  }
}
