package org.beamframe.exec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.lowering.Lowering;
import org.beamframe.physical.PhysicalNode;
import org.beamframe.transforms.BeamSchemas;
import org.beamframe.types.FrameSchema;

/** Where frames meet pipelines of one's own: a physical plan applied in a given pipeline, and rows as Beam rows. */
public final class BeamEdge {
  private BeamEdge() {}

  /** How many frames each pipeline has been given, to name each one's steps uniquely. */
  private static final Map<Pipeline, Integer> FRAMES = Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * Applies {@code plan} to {@code pipeline} as one composite step ("BeamFrame", "BeamFrame 2", ...
   * in the order frames are applied, so the names are stable from run to run); returns its rows,
   * with BeamFrame's Beam schema. Nothing runs: the caller runs the pipeline, and no result limit
   * applies to these rows.
   *
   * @param plan the physical plan of the frame's rows, without a sink
   * @param pipeline the pipeline to apply it in; a PCollection the plan reads must belong to it
   * @return the frame's rows
   * @throws IllegalArgumentException if the plan reads a PCollection of another pipeline
   */
  public static PCollection<Row> rows(PhysicalNode plan, Pipeline pipeline) {
    int frame = FRAMES.merge(pipeline, 1, Integer::sum);
    return PBegin.in(pipeline).apply(frame == 1 ? "BeamFrame" : "BeamFrame " + frame,
        new PTransform<PBegin, PCollection<Row>>() {
          @Override
          public PCollection<Row> expand(PBegin begin) {
            return Lowering.lower(begin.getPipeline(), plan, Long.MAX_VALUE);
          }
        });
  }

  /**
   * {@code rows} as Beam rows of {@code schema}'s Beam schema (every field nullable).
   *
   * @param schema the rows' columns and dtypes
   * @param rows values in schema order, each of its dtype's Java type or null for missing
   * @return the Beam rows, in the same order
   */
  public static List<Row> beamRows(FrameSchema schema, List<List<Object>> rows) {
    return BeamSchemas.rows(BeamSchemas.toBeam(schema), rows);
  }
}
