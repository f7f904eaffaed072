package org.beamframe.physical;

import java.util.List;
import org.beamframe.plan.PlanTree;

/**
 * One step of a physical plan: how rows are made, each node one Beam transform when lowered.
 * Plain Java: the lowering meets Beam, through {@link PhysicalVisitor}.
 */
public sealed interface PhysicalNode extends PlanTree permits CsvScan, LocalRows, BeamInput, RowSteps, FinalAggregate, ShuffledAggregate,
    WholeInputReduce, Describe, KeyJoin, TopN, Union {
  @Override
  List<? extends PlanTree> children();

  /**
   * Calls the visitor's method for this node's kind.
   *
   * @param <R> what the visitor makes of a node
   * @param visitor e.g. the lowering
   * @return what the visitor's method returned
   */
  <R> R accept(PhysicalVisitor<R> visitor);
}
