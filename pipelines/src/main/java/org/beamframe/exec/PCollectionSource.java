package org.beamframe.exec;

import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.plan.RowSource;
import org.beamframe.transforms.BeamSchemas;
import org.beamframe.types.FrameSchema;

/**
 * A Beam {@code PCollection<Row>} as a plan's input, its Beam schema mapped to BeamFrame's dtypes.
 * A frame computes over all of its rows, so the collection must be bounded and in the global window.
 *
 * @param rows the collection; it must have a schema
 */
public record PCollectionSource(PCollection<Row> rows) implements RowSource {
  /**
   * Checks that the collection can be a frame's input.
   *
   * @param rows the collection
   * @throws IllegalArgumentException if it has no schema, is unbounded, or is windowed other than by
   *     {@code GlobalWindows}; each message says what to do
   */
  public PCollectionSource {
    if (!rows.hasSchema()) {
      throw new IllegalArgumentException("PCollection " + rows.getName() + " has no schema: a frame needs its columns; "
          + "give it one with setRowSchema(schema)");
    }
    // A frame is a batch computation over all of its rows, as pandas': group-bys and reductions
    // would otherwise quietly become per window, or never end.
    if (rows.isBounded() == PCollection.IsBounded.UNBOUNDED) {
      throw new IllegalArgumentException("PCollection " + rows.getName() + " is unbounded, and a frame computes over "
          + "all of its rows: read a bounded input, or compute per window in Beam itself");
    }
    if (!(rows.getWindowingStrategy().getWindowFn() instanceof GlobalWindows)) {
      throw new IllegalArgumentException("PCollection " + rows.getName() + " is windowed ("
          + rows.getWindowingStrategy().getWindowFn() + "), and a frame computes over all of its rows: "
          + "apply Window.into(new GlobalWindows()) first");
    }
  }

  /**
   * The frame schema of the rows; fails naming a field whose Beam type has no dtype.
   *
   * @return the columns with their dtypes, in the Beam schema's order
   * @throws IllegalArgumentException if a field's Beam type has no dtype
   */
  public FrameSchema schema() {
    return BeamSchemas.fromBeam(rows.getSchema());
  }

  @Override
  public Object collection() {
    return rows;
  }

  @Override
  public String describe() {
    return rows.getName();
  }
}
