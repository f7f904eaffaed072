package org.beamframe.transforms;

import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.transforms.Join;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code merge}: rows of this collection joined with {@code right} on key columns, inner
 * or left, by Beam's schema {@link Join} (shuffling both sides, or with the right side broadcast
 * to every worker), flattened to the left columns then the right's other columns under the
 * output schema's names.
 *
 * <pre>{@code
 * // df.merge(counties, on=["BUYER_STATE", "BUYER_COUNTY"], how="left")
 * FrameSchema output = ...; // the left columns, then the right's non-key columns
 * PCollection<Row> joined = rows.apply("WithPopulation", MergeRows.with(
 *     counties, List.of("BUYER_STATE", "BUYER_COUNTY"), true, false, output));
 * }</pre>
 *
 * <p>The output schema is the caller's: it must list the left columns, then the right's columns
 * other than the keys, in the right's order (renamed where names would clash, e.g. with pandas'
 * suffixes {@code _x} and {@code _y}). A left row without
 * a match in a left join gets missing values for the right's columns.
 */
public final class MergeRows extends PTransform<PCollection<Row>, PCollection<Row>> {
  /** The right side of the join. */
  private final PCollection<Row> right;
  /** The key columns, named alike on both sides. */
  private final List<String> on;
  /** Whether left rows without a match are kept (a left join) rather than dropped (an inner join). */
  private final boolean left;
  /** Whether the right side is copied to every worker instead of both sides being shuffled. */
  private final boolean broadcast;
  /** The result's schema: the left columns, then the right's non-key columns. */
  private final FrameSchema output;

  private MergeRows(PCollection<Row> right, List<String> on, boolean left, boolean broadcast, FrameSchema output) {
    this.right = right;
    this.on = List.copyOf(on);
    this.left = left;
    this.broadcast = broadcast;
    this.output = output;
  }

  /**
   * Joins with {@code right} on {@code on}; {@code leftOuter} keeps left rows without a match,
   * {@code broadcast} copies the right side to every worker; {@code output} names the result's columns.
   *
   * @param right the right side's rows
   * @param on the key columns, present in both sides with the same types
   * @param leftOuter true for a left join ({@code how="left"}), false for an inner join
   * @param broadcast true to copy the right side to every worker (for a small right side), false to
   *     shuffle both sides by key
   * @param output the result's schema: the left columns, then the right's non-key columns
   * @return the transform
   */
  public static MergeRows with(PCollection<Row> right, List<String> on, boolean leftOuter, boolean broadcast,
      FrameSchema output) {
    return new MergeRows(right, on, leftOuter, broadcast, output);
  }

  /**
   * Adds the steps {@code Join} (Beam's schema join) and {@code Flatten}.
   *
   * @param input the left side's rows
   * @return the joined rows, under the output schema
   */
  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    String[] keys = on.toArray(String[]::new);
    Join.Impl<Row, Row> join = left
        ? (broadcast ? Join.<Row, Row>leftOuterBroadcastJoin(right) : Join.<Row, Row>leftOuterJoin(right))
        : (broadcast ? Join.<Row, Row>innerBroadcastJoin(right) : Join.<Row, Row>innerJoin(right));
    Schema schema = BeamSchemas.toBeam(output);
    List<Integer> rightFields = right.getSchema().getFieldNames().stream()
        .filter(name -> !on.contains(name)).map(right.getSchema()::indexOf).toList();
    return input.apply("Join", join.using(keys))
        .apply("Flatten", ParDo.of(new FlattenJoinedFn(schema, rightFields)))
        .setRowSchema(schema);
  }

  /** {@code lhs} then {@code rhs}'s non-key fields (missing for a left row without a match). */
  private static final class FlattenJoinedFn extends DoFn<Row, Row> {
    private final Schema output;
    private final List<Integer> rightFields;

    FlattenJoinedFn(Schema output, List<Integer> rightFields) {
      this.output = output;
      this.rightFields = rightFields;
    }

    @ProcessElement
    public void process(@Element Row joined, OutputReceiver<Row> out) {
      Row lhs = joined.getRow(Join.LHS_TAG);
      Row rhs = joined.getRow(Join.RHS_TAG);
      Object[] values = new Object[output.getFieldCount()];
      int i = 0;
      for (; i < lhs.getFieldCount(); i++) {
        values[i] = lhs.getValue(i);
      }
      for (int field : rightFields) {
        values[i++] = rhs == null ? null : rhs.getValue(field);
      }
      out.output(Rows.of(output, values));
    }
  }
}
