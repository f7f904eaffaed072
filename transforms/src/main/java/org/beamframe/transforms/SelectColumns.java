package org.beamframe.transforms;

import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.types.FrameSchema;

/** pandas' {@code df[["a", "b"]]}: keeps the named columns, in the order given. */
public final class SelectColumns extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final List<String> columns;

  private SelectColumns(List<String> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("select needs at least one column");
    }
    this.columns = List.copyOf(columns);
  }

  public static SelectColumns of(String... columns) {
    return new SelectColumns(List.of(columns));
  }

  public static SelectColumns of(List<String> columns) {
    return new SelectColumns(columns);
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    FrameSchema schema = BeamSchemas.fromBeam(input.getSchema());
    int[] positions = columns.stream().mapToInt(schema::indexOf).toArray();
    Schema output = BeamSchemas.toBeam(schema.select(columns));
    return input.apply("Select", ParDo.of(new SelectFn(positions, output))).setRowSchema(output);
  }

  private static final class SelectFn extends DoFn<Row, Row> {
    private final int[] positions;
    private final Schema output;

    SelectFn(int[] positions, Schema output) {
      this.positions = positions;
      this.output = output;
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<Row> out) {
      Object[] values = new Object[positions.length];
      for (int i = 0; i < positions.length; i++) {
        values[i] = row.getValue(positions[i]);
      }
      out.output(Rows.of(output, values));
    }
  }
}
