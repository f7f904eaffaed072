package org.beamframe.physical;

import java.util.List;
import org.beamframe.plan.PlanTree;
import org.beamframe.types.FrameSchema;

/**
 * Rows held in this process, handed to the pipeline as its input (Beam's {@code Create}).
 *
 * @param schema the columns and dtypes of the rows
 * @param rows the rows, values in schema order, null for a missing value
 */
public record LocalRows(FrameSchema schema, List<List<Object>> rows) implements PhysicalNode {
  @Override
  public List<PlanTree> children() {
    return List.of();
  }

  @Override
  public String describe() {
    return "LocalRows " + rows.size() + (rows.size() == 1 ? " row" : " rows") + " created in the pipeline";
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.localRows(this);
  }
}
