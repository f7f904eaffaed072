package org.beamframe.physical;

import org.beamframe.plan.PlanTree;

/** The root of a physical plan: where its rows go, and so how a run ends. */
public sealed interface PhysicalSink extends PlanTree permits CollectRows, FirstRowsOfScan, CsvFile, SortedCsvFile,
    SortedRunsCsvFile, CsvShards, LocalCsvFile {
  <R> R accept(SinkVisitor<R> visitor);
}
