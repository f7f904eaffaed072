package org.beamframe.physical;

/** One method per kind of sink: how an execution ends each kind of plan. */
public interface SinkVisitor<R> {
  R collectRows(CollectRows sink);

  R firstRowsOfScan(FirstRowsOfScan sink);

  R csvFile(CsvFile sink);

  R sortedCsvFile(SortedCsvFile sink);

  R sortedRunsCsvFile(SortedRunsCsvFile sink);

  R csvShards(CsvShards sink);

  R localCsvFile(LocalCsvFile sink);
}
