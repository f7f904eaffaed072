package org.beamframe.transforms;

import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.types.FrameSchema;

/** Hand-built rows for transform tests. */
final class TestData {
  private TestData() {}

  static Row row(FrameSchema schema, Object... values) {
    return Row.withSchema(BeamSchemas.toBeam(schema)).addValues(Arrays.asList(values)).build();
  }

  static PCollection<Row> create(TestPipeline pipeline, FrameSchema schema, Row... rows) {
    return create(pipeline, "Create", schema, rows);
  }

  static PCollection<Row> create(TestPipeline pipeline, String name, FrameSchema schema, Row... rows) {
    Schema beam = BeamSchemas.toBeam(schema);
    return pipeline.apply(name, Create.of(List.of(rows)).withRowSchema(beam));
  }

  /** The committed value of one of the CSV read step's counters after a run. */
  static long readCounter(PipelineResult result, String name) {
    return counter(result, BeamFrameMetrics.READ_NAMESPACE, name);
  }

  /** The committed value of one of the counters of the steps after a read. */
  static long counter(PipelineResult result, String name) {
    return counter(result, BeamFrameMetrics.NAMESPACE, name);
  }

  private static long counter(PipelineResult result, String namespace, String name) {
    long total = 0;
    for (MetricResult<Long> counter : result.metrics()
        .queryMetrics(MetricsFilter.builder().addNameFilter(MetricNameFilter.named(namespace, name)).build())
        .getCounters()) {
      total += counter.getCommitted();
    }
    return total;
  }
}
