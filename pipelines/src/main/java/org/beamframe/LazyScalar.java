package org.beamframe;

import org.beamframe.exec.Executor;
import org.beamframe.types.DType;

/**
 * A single value not computed yet, such as {@code df.col("x").max()}: a one-row, one-column frame;
 * {@link #compute()} runs it.
 */
public final class LazyScalar {
  private final DataFrame frame;

  LazyScalar(DataFrame frame) {
    if (frame.schema().size() != 1) {
      throw new IllegalArgumentException("a scalar is one column, got " + frame.columns());
    }
    this.frame = frame;
  }

  public DType dtype() {
    return frame.schema().field(0).type();
  }

  /** The value on the current executor; {@code null} when missing (e.g. the max of no values). */
  public Object compute() {
    return compute(Executor.current());
  }

  public Object compute(Executor executor) {
    return computeTable(executor).row(0).get(0);
  }

  /** The value as a one-row table, which also carries the run's row accounting. */
  public LocalTable computeTable(Executor executor) {
    LocalTable table = frame.compute(executor);
    if (table.rowCount() != 1) {
      throw new IllegalStateException("a reduction must give exactly one row, got " + table.rowCount());
    }
    return table;
  }

  /** The one-row frame this value is computed from. */
  public DataFrame frame() {
    return frame;
  }

  /** Draws the plan, as {@link DataFrame#visualize}. Runs nothing. */
  public void visualize(String path) {
    frame.visualize(path);
  }

  /** The plan, as {@link DataFrame#explain()}. */
  public String explain() {
    return frame.explain();
  }

  @Override
  public String toString() {
    return "LazyScalar " + frame.columns().get(0) + " (" + dtype() + "; lazy: call compute() to run)\n" + explain();
  }
}
