package org.beamframe.transforms;

import java.util.List;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.rows.RowProgram;
import org.beamframe.rows.SelectStep;

/** pandas' {@code df[["a", "b"]]}: keeps the named columns, in the order given. */
public final class SelectColumns extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final SelectStep step;

  private SelectColumns(List<String> columns) {
    this.step = new SelectStep(columns);
  }

  public static SelectColumns of(String... columns) {
    return new SelectColumns(List.of(columns));
  }

  public static SelectColumns of(List<String> columns) {
    return new SelectColumns(columns);
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    return input.apply("Select", TransformRows.of(RowProgram.of(step)));
  }
}
