package org.beamframe;

import org.beamframe.exec.Execution;
import org.beamframe.exec.Executor;
import org.beamframe.optimizer.Optimizer;
import org.beamframe.plan.AggregateNode;
import org.beamframe.plan.PlanPicture;
import org.beamframe.plan.PlanPrinter;
import org.beamframe.types.DType;

/** A single value not computed yet, such as {@code df.col("x").max()}; {@link #compute()} runs it. */
public final class LazyScalar {
  private final AggregateNode plan;

  LazyScalar(AggregateNode plan) {
    this.plan = plan;
  }

  public DType dtype() {
    return plan.schema().field(0).type();
  }

  /** The value on the current executor; {@code null} when missing (e.g. the max of no values). */
  public Object compute() {
    return compute(Executor.current());
  }

  public Object compute(Executor executor) {
    return computeTable(executor).get(0, plan.schema().field(0).name());
  }

  /** The value as a one-row table, which also carries the run's row accounting. */
  public LocalTable computeTable(Executor executor) {
    Execution.Collected collected = Execution.collect(Optimizer.DEFAULT.optimize(plan), executor);
    if (collected.rows().size() != 1) {
      throw new IllegalStateException("a reduction must give exactly one row, got " + collected.rows().size());
    }
    return new LocalTable(plan.schema(), collected.rows(), collected.report());
  }

  /**
   * Draws the plan as written and as optimized: {@code .svg} or {@code .png} through Graphviz's
   * {@code dot}, or {@code .dot} text. Runs nothing.
   */
  public void visualize(String path) {
    PlanPicture.write(plan, Optimizer.DEFAULT.optimize(plan), java.nio.file.Path.of(path));
  }

  /** The plan as written and as optimized. */
  public String explain() {
    return "logical plan:\n" + PlanPrinter.explain(plan) + "optimized plan:\n" + PlanPrinter.explain(Optimizer.DEFAULT.optimize(plan));
  }

  @Override
  public String toString() {
    return "LazyScalar " + plan.aggregations().get(0) + " (" + dtype() + "; lazy: call compute() to run)\n" + explain();
  }
}
