package org.beamframe;

import java.util.List;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.expr.Expr;
import org.beamframe.expr.Expressions;
import org.beamframe.plan.DescribeNode;
import org.beamframe.types.DType;
import org.beamframe.types.SortKey;

/**
 * One column of a DataFrame, for whole-column reductions: {@code df.col("DOSAGE_UNIT").max()}.
 *
 * <p>As pandas' {@code df["x"]} used as a Series: each reduction returns a {@link LazyScalar} and
 * runs nothing until its {@code compute()}. Reductions skip missing values, as pandas does. To
 * reduce several columns in one pass use {@link DataFrame#agg}; to build expressions over the
 * column use {@link #expr()} or {@code Expressions.col(name)}.
 */
public final class Column {
  private final DataFrame frame;
  private final String name;

  Column(DataFrame frame, String name) {
    frame.schema().indexOf(name);
    this.frame = frame;
    this.name = name;
  }

  /**
   * Returns the column's name.
   *
   * @return the column name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the column's dtype.
   *
   * @return the dtype, as in the frame's schema
   */
  public DType dtype() {
    return frame.schema().typeOf(name);
  }

  /**
   * This column as an expression, to build computed columns and predicates.
   *
   * @return {@code Expressions.col(name())}
   */
  public Expr expr() {
    return Expressions.col(name);
  }

  /**
   * pandas' {@code sum()}: the sum of the non-missing values, 0 when there are none.
   * int64 and bool sum to int64, float64 to float64 (with compensated summation).
   *
   * @return the lazy value; {@link LazyScalar#compute()} runs it
   * @throws IllegalArgumentException if the function does not apply to this column's dtype
   */
  public LazyScalar sum() {
    return reduce(AggFunction.SUM);
  }

  /**
   * pandas' {@code count()}: the number of non-missing values, as int64.
   *
   * @return the lazy value; {@link LazyScalar#compute()} runs it
   */
  public LazyScalar count() {
    return reduce(AggFunction.COUNT);
  }

  /**
   * pandas' {@code mean()}: the mean of the non-missing values as float64; missing when there are none.
   *
   * @return the lazy value; {@link LazyScalar#compute()} runs it
   * @throws IllegalArgumentException if the function does not apply to this column's dtype
   */
  public LazyScalar mean() {
    return reduce(AggFunction.MEAN);
  }

  /**
   * pandas' {@code min()}: the smallest non-missing value, of the column's dtype; missing when there are none.
   *
   * @return the lazy value; {@link LazyScalar#compute()} runs it
   */
  public LazyScalar min() {
    return reduce(AggFunction.MIN);
  }

  /**
   * pandas' {@code max()}: the largest non-missing value, of the column's dtype; missing when there are none.
   *
   * @return the lazy value; {@link LazyScalar#compute()} runs it
   */
  public LazyScalar max() {
    return reduce(AggFunction.MAX);
  }

  /**
   * pandas' {@code nunique()}: the number of distinct non-missing values, as int64.
   *
   * @return the lazy value; {@link LazyScalar#compute()} runs it
   */
  public LazyScalar nunique() {
    return reduce(AggFunction.NUNIQUE);
  }

  /**
   * pandas' {@code std()}: the sample standard deviation (ddof=1) of the non-missing values, as float64;
   * missing when there are fewer than two.
   *
   * @return the lazy value; {@link LazyScalar#compute()} runs it
   * @throws IllegalArgumentException if the function does not apply to this column's dtype
   */
  public LazyScalar std() {
    return reduce(AggFunction.STD);
  }

  /**
   * pandas' {@code var()}: the sample variance (ddof=1) of the non-missing values, as float64;
   * missing when there are fewer than two.
   *
   * @return the lazy value; {@link LazyScalar#compute()} runs it
   * @throws IllegalArgumentException if the function does not apply to this column's dtype
   */
  public LazyScalar var() {
    return reduce(AggFunction.VAR);
  }

  /**
   * pandas' {@code value_counts()}: each distinct non-missing value and its number of rows, most
   * frequent first (ties by value), in columns {@code name} and "count".
   *
   * @return a lazy frame with one row per distinct value
   * @throws IllegalArgumentException if the column is itself named "count"
   */
  public DataFrame valueCounts() {
    return frame.groupby(name).agg(new AggSpec("count", AggFunction.SIZE, name))
        .sortValues(SortKey.descending("count"), SortKey.ascending(name));
  }

  /**
   * pandas' {@code describe()} of this column: count, mean, std, min, 25%, 50%, 75% and max, as
   * {@link DataFrame#describe()} gives them for each numeric column.
   *
   * @return a lazy table of eight rows: {@code statistic} (object), then this column (float64)
   * @throws IllegalArgumentException if the column is not int64 or float64, or is named "statistic"
   */
  public DataFrame describe() {
    return new DataFrame(new DescribeNode(frame.plan(), List.of(name)));
  }

  private LazyScalar reduce(AggFunction function) {
    return new LazyScalar(frame.agg(AggSpec.of(function, name)));
  }

  /**
   * Describes the column without computing anything.
   *
   * @return the column's name and dtype
   */
  @Override
  public String toString() {
    return "Column " + name + " (" + dtype() + ") of a lazy DataFrame";
  }
}
