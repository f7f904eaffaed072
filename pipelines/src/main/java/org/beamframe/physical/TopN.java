package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.types.FrameSchema;

/** The n rows with the largest (or smallest) values of one column: each worker keeps its n, then one merge. */
public record TopN(PhysicalNode child, int n, String column, boolean largest) implements PhysicalNode {
  public TopN {
    Objects.requireNonNull(child, "child");
    child.schema().indexOf(column);
  }

  @Override
  public FrameSchema schema() {
    return child.schema();
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(child);
  }

  @Override
  public String describe() {
    return "TopN " + (largest ? "largest " : "smallest ") + n + " by " + column + ": each worker keeps its " + n;
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.topN(this);
  }
}
