package org.beamframe.physical;

import java.util.List;
import org.beamframe.plan.PlanTree;

/**
 * One step of a physical plan: how rows are made, each node one Beam transform when lowered.
 * Plain Java: the lowering meets Beam, through {@link PhysicalVisitor}.
 */
public sealed interface PhysicalNode extends PlanTree permits CsvScan, LocalRows, BeamInput, RowSteps, FinalAggregate, ShuffledAggregate,
    WholeInputReduce, KeyJoin, TopN, Union {
  @Override
  List<? extends PlanTree> children();

  <R> R accept(PhysicalVisitor<R> visitor);
}
