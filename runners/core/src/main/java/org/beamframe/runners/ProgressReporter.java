package org.beamframe.runners;

import java.io.PrintWriter;
import java.util.Locale;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.beamframe.transforms.BeamFrameMetrics;
import org.joda.time.Duration;

/**
 * Waits for a run and, once it has taken longer than two seconds, keeps one line on the terminal
 * up to date from the read steps' counters: rows and bytes read of the total, rate, elapsed time.
 */
final class ProgressReporter {
  private static final long QUIET_MILLIS = 2_000;

  private ProgressReporter() {}

  static PipelineResult.State await(PipelineResult result, long inputBytes, PrintWriter out) {
    long start = System.nanoTime();
    boolean shown = false;
    PipelineResult.State state = result.waitUntilFinish(Duration.millis(500));
    while (state == null || !state.isTerminal()) {
      long elapsed = (System.nanoTime() - start) / 1_000_000;
      if (elapsed >= QUIET_MILLIS) {
        out.print("\r" + line(result, inputBytes, elapsed));
        out.flush();
        shown = true;
      }
      state = result.waitUntilFinish(Duration.millis(500));
    }
    if (shown) {
      out.println("\r" + line(result, inputBytes, (System.nanoTime() - start) / 1_000_000));
      out.flush();
    }
    return state;
  }

  private static String line(PipelineResult result, long inputBytes, long elapsedMillis) {
    long rows = attempted(result, BeamFrameMetrics.ROWS_READ);
    long bytes = attempted(result, BeamFrameMetrics.BYTES_READ);
    double seconds = Math.max(0.001, elapsedMillis / 1000.0);
    return String.format(Locale.ROOT, "read %,d rows, %.0f of %.0f MiB (%.0f%%), %.1f MiB/s, %.1f s   ",
        rows, bytes / 1048576.0, inputBytes / 1048576.0, inputBytes == 0 ? 100.0 : 100.0 * bytes / inputBytes,
        bytes / 1048576.0 / seconds, seconds);
  }

  private static long attempted(PipelineResult result, String name) {
    long total = 0;
    try {
      MetricsFilter filter = MetricsFilter.builder()
          .addNameFilter(MetricNameFilter.named(BeamFrameMetrics.READ_NAMESPACE, name)).build();
      for (MetricResult<Long> counter : result.metrics().queryMetrics(filter).getCounters()) {
        total += counter.getAttempted();
      }
    } catch (UnsupportedOperationException | IllegalStateException notYet) {
      // Some runners report metrics only at the end: the line shows what is known.
    }
    return total;
  }
}
