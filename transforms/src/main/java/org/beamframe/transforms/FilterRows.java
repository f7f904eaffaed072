package org.beamframe.transforms;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.expr.Expr;
import org.beamframe.rows.FilterStep;
import org.beamframe.rows.RowProgram;

/**
 * pandas' {@code df[predicate]}: keeps the rows where a bool expression is True (missing counts as False).
 *
 * <pre>{@code
 * PCollection<Row> tablets = rows.apply("Tablets",
 *     FilterRows.where(col("Measure").eq("TAB").and(col("DOSAGE_UNIT").gt(1000))));
 * }</pre>
 *
 * <p>The columns are unchanged. The predicate is type-checked when the transform is applied;
 * rows dropped are counted in {@link BeamFrameMetrics#ROWS_FILTERED}.
 */
public final class FilterRows extends PTransform<PCollection<Row>, PCollection<Row>> {
  /** The bool expression a row must satisfy to be kept. */
  private final Expr predicate;

  private FilterRows(Expr predicate) {
    this.predicate = predicate;
  }

  /**
   * Keeps the rows where {@code predicate} is True.
   *
   * @param predicate a bool expression over the input's columns
   * @return the transform
   */
  public static FilterRows where(Expr predicate) {
    return new FilterRows(predicate);
  }

  /**
   * Runs the filter as one step named {@code Filter}.
   *
   * @param input the rows to filter
   * @return the rows kept, with the input's schema
   * @throws org.beamframe.expr.ExprTypeException if the predicate is not a bool expression over the input
   * @throws org.beamframe.types.ColumnNotFoundException if the predicate reads a column the input lacks
   */
  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    return input.apply("Filter", TransformRows.of(RowProgram.of(new FilterStep(predicate))));
  }
}
