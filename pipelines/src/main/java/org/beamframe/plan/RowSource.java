package org.beamframe.plan;

/**
 * Rows that come into a plan from a Beam pipeline ({@code BeamFrame.from(PCollection)}): the plan
 * names them, the lowering applies the plan to them. Plain Java here, as plans are.
 */
public interface RowSource {
  /**
   * The Beam {@code PCollection<Row>} these rows are; typed only where Beam is met (the lowering).
   *
   * @return the PCollection, as an {@code Object}
   */
  Object collection();

  /**
   * What explain prints for these rows.
   *
   * @return a short name, e.g. the PCollection's
   */
  String describe();
}
