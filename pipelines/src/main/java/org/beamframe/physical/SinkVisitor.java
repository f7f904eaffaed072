package org.beamframe.physical;

/**
 * One method per kind of sink: how an execution ends each kind of plan. A sink's
 * {@link PhysicalSink#accept} calls the method for its kind.
 *
 * @param <R> what the visitor makes of a plan, e.g. the outcome of running it
 */
public interface SinkVisitor<R> {
  /**
   * Handles a result collected into this process, then sorted and cut here.
   *
   * @param sink the sink and the plan under it
   * @return what this visitor makes of it
   */
  R collectRows(CollectRows sink);

  /**
   * Handles the first rows of a read, read here without a pipeline.
   *
   * @param sink the sink and the plan under it
   * @return what this visitor makes of it
   */
  R firstRowsOfScan(FirstRowsOfScan sink);

  /**
   * Handles unordered rows written to one file by the workers.
   *
   * @param sink the sink and the plan under it
   * @return what this visitor makes of it
   */
  R csvFile(CsvFile sink);

  /**
   * Handles rows gathered, sorted and written to one file by one worker.
   *
   * @param sink the sink and the plan under it
   * @return what this visitor makes of it
   */
  R sortedCsvFile(SortedCsvFile sink);

  /**
   * Handles a group-by written sorted by its keys from key-sorted runs.
   *
   * @param sink the sink and the plan under it
   * @return what this visitor makes of it
   */
  R sortedRunsCsvFile(SortedRunsCsvFile sink);

  /**
   * Handles rows written by the workers as a directory of shard files.
   *
   * @param sink the sink and the plan under it
   * @return what this visitor makes of it
   */
  R csvShards(CsvShards sink);

  /**
   * Handles a collected result written to one file by this process.
   *
   * @param sink the sink and the plan under it
   * @return what this visitor makes of it
   */
  R localCsvFile(LocalCsvFile sink);
}
