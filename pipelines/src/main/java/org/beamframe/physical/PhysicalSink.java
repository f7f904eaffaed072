package org.beamframe.physical;

import org.beamframe.plan.PlanTree;

/** The root of a physical plan: where its rows go, and so how a run ends. */
public sealed interface PhysicalSink extends PlanTree permits CollectRows, FirstRowsOfScan, CsvFile, SortedCsvFile,
    SortedRunsCsvFile, CsvShards, LocalCsvFile {
  /**
   * Calls the visitor's method for this sink's kind.
   *
   * @param <R> what the visitor makes of a sink
   * @param visitor e.g. the execution that runs the plan
   * @return what the visitor's method returned
   */
  <R> R accept(SinkVisitor<R> visitor);
}
