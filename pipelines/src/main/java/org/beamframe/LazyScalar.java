package org.beamframe;

import org.beamframe.exec.Executor;
import org.beamframe.types.DType;

/**
 * A single value not computed yet, such as {@code df.col("x").max()}: a one-row, one-column frame;
 * {@link #compute()} runs it.
 *
 * <p>As a dask scalar: {@code Object max = df.col("DOSAGE_UNIT").max().compute();}. The value's
 * Java type follows {@link #dtype()}: {@code Long} for int64, {@code Double} for float64,
 * {@code String} for object, {@code Boolean} for bool, {@code LocalDateTime} for datetime64.
 */
public final class LazyScalar {
  private final DataFrame frame;

  LazyScalar(DataFrame frame) {
    if (frame.schema().size() != 1) {
      throw new IllegalArgumentException("a scalar is one column, got " + frame.columns());
    }
    this.frame = frame;
  }

  /**
   * The dtype of the value, known without running.
   *
   * @return the dtype
   */
  public DType dtype() {
    return frame.schema().field(0).type();
  }

  /**
   * The value on the current executor; {@code null} when missing (e.g. the max of no values).
   * Runs the pipeline now; a failed run throws the worker's own exception.
   *
   * @return the value, or {@code null}
   */
  public Object compute() {
    return compute(Executor.current());
  }

  /**
   * As {@link #compute()}, on {@code executor} instead of the current one.
   *
   * @param executor where and how to run the pipeline
   * @return the value, or {@code null} when missing
   */
  public Object compute(Executor executor) {
    return computeTable(executor).row(0).get(0);
  }

  /**
   * The value as a one-row table, which also carries the run's row accounting.
   *
   * @param executor where and how to run the pipeline
   * @return a table of one row and one column, with its {@link LocalTable#report()}
   * @throws IllegalStateException if the run does not give exactly one row
   */
  public LocalTable computeTable(Executor executor) {
    LocalTable table = frame.compute(executor);
    if (table.rowCount() != 1) {
      throw new IllegalStateException("a reduction must give exactly one row, got " + table.rowCount());
    }
    return table;
  }

  /**
   * The one-row frame this value is computed from.
   *
   * @return the frame, e.g. to write the value with {@link DataFrame#toCsv(String, boolean)}
   */
  public DataFrame frame() {
    return frame;
  }

  /**
   * Draws the plan, as {@link DataFrame#visualize}. Runs nothing.
   *
   * @param path a local file whose name ends in {@code .svg}, {@code .png} or {@code .dot}
   */
  public void visualize(String path) {
    frame.visualize(path);
  }

  /**
   * The plan, as {@link DataFrame#explain()}. Runs nothing.
   *
   * @return the plans as text
   */
  public String explain() {
    return frame.explain();
  }

  /**
   * Describes the value without computing it.
   *
   * @return the column name, dtype and plan
   */
  @Override
  public String toString() {
    return "LazyScalar " + frame.columns().get(0) + " (" + dtype() + "; lazy: call compute() to run)\n" + explain();
  }
}
