package org.beamframe;

import java.util.List;
import org.beamframe.exec.Execution;
import org.beamframe.exec.Executor;
import org.beamframe.plan.AggregateNode;
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
    List<List<Object>> rows = Execution.collect(plan, executor);
    if (rows.size() != 1) {
      throw new IllegalStateException("a reduction must give exactly one row, got " + rows.size());
    }
    return rows.get(0).get(0);
  }

  public String explain() {
    return PlanPrinter.explain(plan);
  }

  @Override
  public String toString() {
    return "LazyScalar " + plan.aggregations().get(0) + " (" + dtype() + "; lazy: call compute() to run)\n" + explain();
  }
}
