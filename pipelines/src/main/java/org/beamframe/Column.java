package org.beamframe;

import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.expr.Expr;
import org.beamframe.expr.Expressions;
import org.beamframe.types.DType;
import org.beamframe.types.SortKey;

/** One column of a DataFrame, for whole-column reductions: {@code df.col("DOSAGE_UNIT").max()}. */
public final class Column {
  private final DataFrame frame;
  private final String name;

  Column(DataFrame frame, String name) {
    frame.schema().indexOf(name);
    this.frame = frame;
    this.name = name;
  }

  public String name() {
    return name;
  }

  public DType dtype() {
    return frame.schema().typeOf(name);
  }

  /** This column as an expression, to build computed columns and predicates. */
  public Expr expr() {
    return Expressions.col(name);
  }

  public LazyScalar sum() {
    return reduce(AggFunction.SUM);
  }

  public LazyScalar count() {
    return reduce(AggFunction.COUNT);
  }

  public LazyScalar mean() {
    return reduce(AggFunction.MEAN);
  }

  public LazyScalar min() {
    return reduce(AggFunction.MIN);
  }

  public LazyScalar max() {
    return reduce(AggFunction.MAX);
  }

  public LazyScalar nunique() {
    return reduce(AggFunction.NUNIQUE);
  }

  public LazyScalar std() {
    return reduce(AggFunction.STD);
  }

  public LazyScalar var() {
    return reduce(AggFunction.VAR);
  }

  /**
   * pandas' {@code value_counts()}: each distinct non-missing value and its number of rows, most
   * frequent first (ties by value), in columns {@code name} and "count".
   */
  public DataFrame valueCounts() {
    return frame.groupby(name).agg(new AggSpec("count", AggFunction.SIZE, name))
        .sortValues(SortKey.descending("count"), SortKey.ascending(name));
  }

  private LazyScalar reduce(AggFunction function) {
    return new LazyScalar(frame.agg(AggSpec.of(function, name)));
  }

  @Override
  public String toString() {
    return "Column " + name + " (" + dtype() + ") of a lazy DataFrame";
  }
}
