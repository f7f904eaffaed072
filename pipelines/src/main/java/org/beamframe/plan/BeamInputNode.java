package org.beamframe.plan;

import java.util.Objects;
import org.beamframe.types.FrameSchema;

/**
 * The rows of a Beam PCollection, with the schema its Beam schema maps to: a plan's leaf. Its size
 * is not known when planning, so it is never broadcast.
 *
 * @param source the PCollection, as the plan names it
 * @param schema the frame schema of its rows
 */
public record BeamInputNode(RowSource source, FrameSchema schema) implements PlanLeaf {
  /**
   * Checks that both parts are given.
   *
   * @param source the PCollection, as the plan names it
   * @param schema the frame schema of its rows
   * @throws NullPointerException if either is null
   */
  public BeamInputNode {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(schema, "schema");
  }

  @Override
  public String describe() {
    return "BeamInput " + source.describe();
  }
}
