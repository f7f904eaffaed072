package org.beamframe.transforms;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;

/** Turns a group's key row and aggregate row into one flat row: keys first. */
final class FlattenGroupsFn extends DoFn<KV<Row, Row>, Row> {
  private final Schema output;
  /** Which keys are float64, shuffled as their bits ({@link ShuffleKeys}). */
  private final boolean[] floatKeys;

  FlattenGroupsFn(Schema output, boolean[] floatKeys) {
    this.output = output;
    this.floatKeys = floatKeys;
  }

  @ProcessElement
  public void process(@Element KV<Row, Row> group, OutputReceiver<Row> out) {
    Row key = group.getKey();
    Row aggregates = group.getValue();
    Object[] values = new Object[output.getFieldCount()];
    int keyCount = key.getFieldCount();
    for (int i = 0; i < keyCount; i++) {
      values[i] = ShuffleKeys.decode(key.getValue(i), floatKeys[i]);
    }
    for (int i = 0; i < aggregates.getFieldCount(); i++) {
      values[keyCount + i] = aggregates.getValue(i);
    }
    out.output(Rows.of(output, values));
  }
}
