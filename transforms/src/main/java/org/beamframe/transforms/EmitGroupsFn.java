package org.beamframe.transforms;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.Aggregator;
import org.beamframe.agg.PartialGroups;

/** One output row per merged group: its key values, then its aggregates. */
final class EmitGroupsFn extends DoFn<KV<Integer, PartialGroups>, Row> {
  private final Aggregator aggregator;
  private final Schema output;

  EmitGroupsFn(Aggregator aggregator, Schema output) {
    this.aggregator = aggregator;
    this.output = output;
  }

  @ProcessElement
  public void process(@Element KV<Integer, PartialGroups> partition, OutputReceiver<Row> out) {
    partition.getValue().forEach((key, acc) -> {
      Object[] aggregates = aggregator.extract(acc);
      Object[] values = new Object[key.length + aggregates.length];
      System.arraycopy(key, 0, values, 0, key.length);
      System.arraycopy(aggregates, 0, values, key.length, aggregates.length);
      out.output(Rows.of(output, values));
    });
  }
}
