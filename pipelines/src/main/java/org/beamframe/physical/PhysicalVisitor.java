package org.beamframe.physical;

/**
 * One method per kind of physical node: how the lowering (or anything else) handles each. A node's
 * {@link PhysicalNode#accept} calls the method for its kind; a visitor visits inputs itself.
 *
 * @param <R> what the visitor makes of a node, e.g. the node's rows as a Beam PCollection
 */
public interface PhysicalVisitor<R> {
  /**
   * Handles a CSV read with its fused row steps.
   *
   * @param scan the read
   * @return what this visitor makes of it
   */
  R csvScan(CsvScan scan);

  /**
   * Handles rows held in this process.
   *
   * @param rows the rows
   * @return what this visitor makes of it
   */
  R localRows(LocalRows rows);

  /**
   * Handles the rows of a PCollection of the pipeline the plan is applied in.
   *
   * @param input the PCollection input
   * @return what this visitor makes of it
   */
  R beamInput(BeamInput input);

  /**
   * Handles fused assignments, filters and selections over another node's rows.
   *
   * @param steps the row steps and their input
   * @return what this visitor makes of it
   */
  R rowSteps(RowSteps steps);

  /**
   * Handles a group-by aggregated partially inside the read, then merged by key.
   *
   * @param aggregate the aggregation and its partial scan
   * @return what this visitor makes of it
   */
  R finalAggregate(FinalAggregate aggregate);

  /**
   * Handles a group-by whose rows are each shuffled by key.
   *
   * @param aggregate the aggregation and its input
   * @return what this visitor makes of it
   */
  R shuffledAggregate(ShuffledAggregate aggregate);

  /**
   * Handles whole-column reductions into one row.
   *
   * @param reduce the reductions and their input
   * @return what this visitor makes of it
   */
  R wholeInputReduce(WholeInputReduce reduce);

  /**
   * Handles a describe of numeric columns into one row per statistic.
   *
   * @param describe the columns and their input
   * @return what this visitor makes of it
   */
  R describe(Describe describe);

  /**
   * Handles a merge of two sides by key.
   *
   * @param join the merge and its two inputs
   * @return what this visitor makes of it
   */
  R keyJoin(KeyJoin join);

  /**
   * Handles nlargest or nsmallest.
   *
   * @param top the selection and its input
   * @return what this visitor makes of it
   */
  R topN(TopN top);

  /**
   * Handles the concatenation of several inputs.
   *
   * @param union the inputs
   * @return what this visitor makes of it
   */
  R union(Union union);
}
