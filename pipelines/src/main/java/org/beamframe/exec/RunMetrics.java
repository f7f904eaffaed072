package org.beamframe.exec;

import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.beamframe.transforms.BeamFrameMetrics;

/** A finished run's counters, as its row accounting. */
final class RunMetrics {
  private RunMetrics() {}

  /** The run's row accounting; a run whose counts do not add up lost rows, and fails. */
  static RunReport reconciledReport(PipelineResult result) {
    RunReport report = report(result);
    if (!report.reconciles()) {
      throw new IllegalStateException("the run's row counts do not add up, so rows were lost: " + report.summary());
    }
    return report;
  }

  private static RunReport report(PipelineResult result) {
    return new RunReport(read(result, BeamFrameMetrics.ROWS_READ), read(result, BeamFrameMetrics.ROWS_OUT),
        read(result, BeamFrameMetrics.ROWS_FILTERED), read(result, BeamFrameMetrics.ROWS_NULL_KEY),
        read(result, BeamFrameMetrics.ROWS_REJECTED),
        read(result, BeamFrameMetrics.VALUES_COERCED)
            + counter(result, BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.VALUES_COERCED),
        counter(result, BeamFrameMetrics.NAMESPACE, BeamFrameMetrics.SHUFFLE_ELEMENTS));
  }

  private static long read(PipelineResult result, String name) {
    return counter(result, BeamFrameMetrics.READ_NAMESPACE, name);
  }

  private static long counter(PipelineResult result, String namespace, String name) {
    long total = 0;
    MetricsFilter filter = MetricsFilter.builder().addNameFilter(MetricNameFilter.named(namespace, name)).build();
    for (MetricResult<Long> counter : result.metrics().queryMetrics(filter).getCounters()) {
      total += value(counter);
    }
    return total;
  }

  /** The committed value, or the attempted one on runners that commit none (Flink reports its final attempt's). */
  private static long value(MetricResult<Long> counter) {
    try {
      return counter.getCommitted();
    } catch (UnsupportedOperationException notCommitted) {
      return counter.getAttempted();
    }
  }
}
