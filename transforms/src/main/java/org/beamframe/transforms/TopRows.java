package org.beamframe.transforms;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * pandas' {@code nlargest(n, column)} / {@code nsmallest}: the n rows with the largest (smallest)
 * values of one column, rows where it is missing skipped. Each worker keeps only its n best
 * (Beam's {@link Top} combiner), so nothing is sorted globally and only n rows per worker cross
 * the shuffle. Among equal values at the boundary, which rows are kept is not defined.
 *
 * <pre>{@code
 * PCollection<Row> biggest = rows.apply("Top5", TopRows.largest(5, "DOSAGE_UNIT"));
 * }</pre>
 *
 * <p>The output has the input's schema and at most n rows (fewer when fewer rows have a value), in
 * no defined order. The column may be of any dtype; its values are compared in their natural order.
 */
public final class TopRows extends PTransform<PCollection<Row>, PCollection<Row>> {
  /** How many rows to keep, at least 1. */
  private final int n;
  /** The column whose values rank the rows. */
  private final String column;
  /** Whether the largest values are kept (nlargest) rather than the smallest (nsmallest). */
  private final boolean largest;

  private TopRows(int n, String column, boolean largest) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    this.n = n;
    this.column = column;
    this.largest = largest;
  }

  /**
   * pandas' {@code nlargest(n, column)}: the n rows with the largest values of {@code column}.
   *
   * @param n how many rows to keep, at least 1
   * @param column the column that ranks the rows; checked when the transform is applied
   * @return the transform
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public static TopRows largest(int n, String column) {
    return new TopRows(n, column, true);
  }

  /**
   * pandas' {@code nsmallest(n, column)}: the n rows with the smallest values of {@code column}.
   *
   * @param n how many rows to keep, at least 1
   * @param column the column that ranks the rows; checked when the transform is applied
   * @return the transform
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public static TopRows smallest(int n, String column) {
    return new TopRows(n, column, false);
  }

  /**
   * Adds the steps {@code SkipMissing}, {@code TopPerWorker} and {@code Rows}.
   *
   * @param input the rows to rank
   * @return at most n rows, with the input's schema
   * @throws org.beamframe.types.ColumnNotFoundException if the column is not in the input
   */
  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    Schema schema = input.getSchema();
    int index = BeamSchemas.fromBeam(schema).indexOf(column);
    return input
        .apply("SkipMissing", Filter.by(row -> row.getValue(index) != null))
        .apply("TopPerWorker", Top.of(n, new ByField(index, largest)))
        .apply("Rows", ParDo.of(new FlattenListFn()))
        .setRowSchema(schema);
  }

  /** Orders rows by one field's value; reversed for nsmallest, since Top keeps the largest. */
  private static final class ByField implements Comparator<Row>, Serializable {
    private final int index;
    private final boolean largest;

    ByField(int index, boolean largest) {
      this.index = index;
      this.largest = largest;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compare(Row a, Row b) {
      int order = ((Comparable) a.getValue(index)).compareTo(b.getValue(index));
      return largest ? order : -order;
    }
  }

  private static final class FlattenListFn extends DoFn<List<Row>, Row> {
    @ProcessElement
    public void process(@Element List<Row> rows, OutputReceiver<Row> out) {
      rows.forEach(out::output);
    }
  }
}
