package org.beamframe.plan;

import java.util.List;

/** A node where rows enter a plan (files, rows in memory, a Beam PCollection): no children to rewrite. */
public sealed interface PlanLeaf extends PlanNode permits ReadCsvNode, LocalRowsNode, BeamInputNode {
  /**
   * A leaf has no inputs.
   *
   * @return an empty list
   */
  @Override
  default List<PlanNode> children() {
    return List.of();
  }

  /**
   * A leaf has no inputs to replace.
   *
   * @param children ignored
   * @return this leaf
   */
  @Override
  default PlanNode withChildren(List<PlanNode> children) {
    return this;
  }
}
