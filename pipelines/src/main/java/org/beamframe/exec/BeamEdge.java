package org.beamframe.exec;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.lowering.Lowering;
import org.beamframe.physical.PhysicalNode;
import org.beamframe.transforms.BeamSchemas;
import org.beamframe.types.FrameSchema;

/** Where frames meet pipelines of one's own: a physical plan applied in a given pipeline, and rows as Beam rows. */
public final class BeamEdge {
  private BeamEdge() {}

  /** Applies {@code plan} to {@code pipeline}; returns its rows, with BeamFrame's Beam schema. */
  public static PCollection<Row> rows(PhysicalNode plan, Pipeline pipeline) {
    return Lowering.lower(pipeline, plan, Long.MAX_VALUE);
  }

  /** {@code rows} as Beam rows of {@code schema}'s Beam schema (every field nullable). */
  public static List<Row> beamRows(FrameSchema schema, List<List<Object>> rows) {
    return BeamSchemas.rows(BeamSchemas.toBeam(schema), rows);
  }
}
