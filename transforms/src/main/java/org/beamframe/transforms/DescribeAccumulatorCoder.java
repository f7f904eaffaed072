package org.beamframe.transforms;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;
import org.beamframe.agg.AggAccumulator;
import org.beamframe.agg.DescribeAccumulator;
import org.beamframe.agg.DescribeAggregator;
import org.beamframe.agg.QuantileSketch;

/** Encodes a describe's partial state: the statistics as {@link AggAccumulatorCoder} does, then each column's sketch. */
final class DescribeAccumulatorCoder extends CustomCoder<DescribeAccumulator> {
  private final AggAccumulatorCoder statistics;
  private final int columns;

  DescribeAccumulatorCoder(DescribeAggregator aggregator) {
    this.statistics = new AggAccumulatorCoder(aggregator.statistics());
    this.columns = aggregator.outputSchema().size() - 1;
  }

  @Override
  public void encode(DescribeAccumulator value, OutputStream out) throws IOException {
    statistics.encode(value.statistics, out);
    DataOutputStream data = new DataOutputStream(out);
    for (QuantileSketch sketch : value.sketches) {
      sketch.write(data);
    }
    data.flush();
  }

  @Override
  public DescribeAccumulator decode(InputStream in) throws IOException {
    AggAccumulator decoded = statistics.decode(in);
    DataInputStream data = new DataInputStream(in);
    QuantileSketch[] sketches = new QuantileSketch[columns];
    for (int j = 0; j < columns; j++) {
      sketches[j] = QuantileSketch.read(data);
    }
    return new DescribeAccumulator(decoded, sketches);
  }

  @Override
  public void verifyDeterministic() {}
}
