package org.beamframe;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * A frame-building function as a Beam transform: its input rows become a frame
 * ({@link BeamFrame#from}), the function builds the frame it wants, and that frame's optimized
 * plan is applied to the input in the same pipeline ({@link DataFrame#toPCollection}).
 *
 * <p>Made by {@link BeamFrame#transform}. The input must be a bounded, globally windowed
 * {@code PCollection} with a Row schema; the output's Row schema is the built frame's columns.
 */
public final class FrameTransform extends PTransform<PCollection<Row>, PCollection<Row>> {
  /** Builds the output frame from a frame of the input rows; serialized with the transform. */
  private final SerializableFunction<DataFrame, DataFrame> build;

  FrameTransform(SerializableFunction<DataFrame, DataFrame> build) {
    this.build = build;
  }

  /**
   * Builds the frame over {@code input} and applies its optimized plan in {@code input}'s pipeline.
   *
   * @param input the rows, with a Row schema
   * @return the built frame's rows
   * @throws IllegalArgumentException if {@code input} has no schema, is unbounded or windowed, or
   *     the function's frame is invalid for its columns
   * @throws IllegalStateException if the built frame is sorted (a PCollection has no order)
   */
  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    return build.apply(BeamFrame.from(input)).toPCollection(input.getPipeline());
  }
}
