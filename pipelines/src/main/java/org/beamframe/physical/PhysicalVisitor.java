package org.beamframe.physical;

/** One method per kind of physical node: how the lowering (or anything else) handles each. */
public interface PhysicalVisitor<R> {
  R csvScan(CsvScan scan);

  R localRows(LocalRows rows);

  R beamInput(BeamInput input);

  R rowSteps(RowSteps steps);

  R finalAggregate(FinalAggregate aggregate);

  R shuffledAggregate(ShuffledAggregate aggregate);

  R wholeInputReduce(WholeInputReduce reduce);

  R keyJoin(KeyJoin join);

  R topN(TopN top);

  R union(Union union);
}
