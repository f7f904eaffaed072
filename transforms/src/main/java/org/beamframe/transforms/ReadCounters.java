package org.beamframe.transforms;

import java.io.Serializable;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.beamframe.expr.Coercions;

/** The reconciliation counters of a CSV read step, tallied per split and committed once. */
final class ReadCounters implements Serializable {
  private final Counter read = counter(BeamFrameMetrics.ROWS_READ);
  private final Counter out = counter(BeamFrameMetrics.ROWS_OUT);
  private final Counter filtered = counter(BeamFrameMetrics.ROWS_FILTERED);
  private final Counter nullKey = counter(BeamFrameMetrics.ROWS_NULL_KEY);
  private final Counter rejected = counter(BeamFrameMetrics.ROWS_REJECTED);
  private final Counter coerced = counter(BeamFrameMetrics.VALUES_COERCED);
  private final Counter bytes = counter(BeamFrameMetrics.BYTES_READ);

  private static Counter counter(String name) {
    return Metrics.counter(BeamFrameMetrics.READ_NAMESPACE, name);
  }

  /** A tally for one task: its bytes count as read when the tally is committed. */
  Tally tally(org.beamframe.csv.ReadTask task) {
    Coercions.drain();
    return new Tally(task.bytes());
  }

  /** One task's counts: plain longs on the hot path, one counter update each at the end. */
  final class Tally {
    private final long splitBytes;
    private long records;
    private long kept;
    private long dropped;
    private long missingKey;
    private long bad;

    private Tally(long splitBytes) {
      this.splitBytes = splitBytes;
    }

    void read(long count) {
      records += count;
    }

    void out() {
      kept++;
    }

    void filtered() {
      dropped++;
    }

    void nullKey() {
      missingKey++;
    }

    void rejected() {
      bad++;
    }

    void commit() {
      read.inc(records);
      out.inc(kept);
      filtered.inc(dropped);
      nullKey.inc(missingKey);
      rejected.inc(bad);
      coerced.inc(Coercions.drain());
      bytes.inc(splitBytes);
    }
  }
}
