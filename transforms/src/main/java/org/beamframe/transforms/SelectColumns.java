package org.beamframe.transforms;

import java.util.List;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.rows.RowProgram;
import org.beamframe.rows.SelectStep;

/**
 * pandas' {@code df[["a", "b"]]}: keeps the named columns, in the order given.
 *
 * <pre>{@code
 * PCollection<Row> narrow = rows.apply(SelectColumns.of("year", "BUYER_STATE", "grams"));
 * }</pre>
 *
 * <p>The names are checked when the transform is applied; an unknown one fails with the columns
 * that exist.
 */
public final class SelectColumns extends PTransform<PCollection<Row>, PCollection<Row>> {
  /** The selection, as a row step. */
  private final SelectStep step;

  private SelectColumns(List<String> columns) {
    this.step = new SelectStep(columns);
  }

  /**
   * Keeps these columns, in this order.
   *
   * @param columns the columns to keep, at least one
   * @return the transform
   * @throws IllegalArgumentException if no column is given
   */
  public static SelectColumns of(String... columns) {
    return new SelectColumns(List.of(columns));
  }

  /**
   * Keeps these columns, in this order.
   *
   * @param columns the columns to keep, at least one
   * @return the transform
   * @throws IllegalArgumentException if {@code columns} is empty
   */
  public static SelectColumns of(List<String> columns) {
    return new SelectColumns(columns);
  }

  /**
   * Runs the selection as one step named {@code Select}.
   *
   * @param input the rows to select columns of
   * @return the rows with only the selected columns
   * @throws IllegalArgumentException if a column is not in the input (a
   *     {@link org.beamframe.types.ColumnNotFoundException}) or is named twice
   */
  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    return input.apply("Select", TransformRows.of(RowProgram.of(step)));
  }
}
