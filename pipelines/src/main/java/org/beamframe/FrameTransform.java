package org.beamframe;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * A frame-building function as a Beam transform: its input rows become a frame
 * ({@link BeamFrame#from}), the function builds the frame it wants, and that frame's optimized
 * plan is applied to the input in the same pipeline ({@link DataFrame#toPCollection}).
 */
public final class FrameTransform extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final SerializableFunction<DataFrame, DataFrame> build;

  FrameTransform(SerializableFunction<DataFrame, DataFrame> build) {
    this.build = build;
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    return build.apply(BeamFrame.from(input)).toPCollection(input.getPipeline());
  }
}
