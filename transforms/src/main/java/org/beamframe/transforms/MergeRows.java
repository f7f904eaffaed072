package org.beamframe.transforms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.transforms.Join;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code merge}: rows of this collection joined with {@code right} where the left key
 * columns equal the right ones (a missing key matches a missing key, as in pandas), by Beam's
 * schema {@link Join} (shuffling both sides, or with the right side broadcast to every worker),
 * flattened to the left columns then the right's kept columns under the output schema's names.
 *
 * <pre>{@code
 * // df.merge(counties, on=["BUYER_STATE", "BUYER_COUNTY"], how="left")
 * FrameSchema output = ...; // the left columns, then the right's non-key columns
 * List<String> keys = List.of("BUYER_STATE", "BUYER_COUNTY");
 * PCollection<Row> joined = rows.apply("WithPopulation",
 *     MergeRows.with(counties, keys, keys, output).keepingUnmatched(true, false));
 * }</pre>
 *
 * <p>The output schema is the caller's: it must list the left columns, then the right's columns
 * except the keys named as their left key (pandas' {@code on=}: such a key is one column), in the
 * right's order, renamed where names would clash (e.g. with pandas' suffixes {@code _x} and
 * {@code _y}). A key of one name holds the left row's value, or the right row's for a row only the
 * right side has; keys of two names ({@code left_on}/{@code right_on}) are both kept. A row
 * without a match, where kept, gets missing values for the other side's columns. Like every
 * schema join, it needs keys whose encoding is deterministic: not float64.
 */
public final class MergeRows extends PTransform<PCollection<Row>, PCollection<Row>> {
  /** The right side of the join. */
  private final PCollection<Row> right;
  /** The left side's key columns. */
  private final List<String> leftOn;
  /** The right side's key columns, matched in order with the left's. */
  private final List<String> rightOn;
  /** Whether left rows without a match are kept. */
  private final boolean keepLeft;
  /** Whether right rows without a match are kept. */
  private final boolean keepRight;
  /** Whether the right side is copied to every worker instead of both sides being shuffled. */
  private final boolean broadcast;
  /** The result's schema: the left columns, then the right's kept columns. */
  private final FrameSchema output;

  private MergeRows(PCollection<Row> right, List<String> leftOn, List<String> rightOn, boolean keepLeft,
      boolean keepRight, boolean broadcast, FrameSchema output) {
    this.right = right;
    this.leftOn = List.copyOf(leftOn);
    this.rightOn = List.copyOf(rightOn);
    this.keepLeft = keepLeft;
    this.keepRight = keepRight;
    this.broadcast = broadcast;
    this.output = output;
  }

  /**
   * An inner join with {@code right} where {@code leftOn} equal {@code rightOn}, both sides shuffled.
   *
   * @param right the right side's rows
   * @param leftOn the left key columns
   * @param rightOn the right key columns, as many, with the same types in the same order
   * @param output the result's schema: the left columns, then the right's columns other than keys
   *     named as their left key
   * @return the transform
   * @throws IllegalArgumentException if there is no key or the key lists differ in length
   */
  public static MergeRows with(PCollection<Row> right, List<String> leftOn, List<String> rightOn, FrameSchema output) {
    if (leftOn.isEmpty() || leftOn.size() != rightOn.size()) {
      throw new IllegalArgumentException("a merge needs as many left keys as right keys, at least one; got "
          + leftOn + " and " + rightOn);
    }
    return new MergeRows(right, leftOn, rightOn, false, false, false, output);
  }

  /**
   * Which rows without a match are kept: pandas' {@code how="left"} is (true, false),
   * {@code "right"} (false, true), {@code "outer"} (true, true), {@code "inner"} (false, false).
   *
   * @param left keep left rows without a match
   * @param right keep right rows without a match
   * @return the transform with that choice
   */
  public MergeRows keepingUnmatched(boolean left, boolean right) {
    return new MergeRows(this.right, leftOn, rightOn, left, right, broadcast, output);
  }

  /**
   * Copies the right side to every worker instead of shuffling both sides: for a small right side,
   * and only for inner and left joins (a broadcast side's unmatched rows are no one worker's to emit).
   *
   * @return the transform with the right side broadcast
   */
  public MergeRows broadcastingRight() {
    return new MergeRows(right, leftOn, rightOn, keepLeft, keepRight, true, output);
  }

  /**
   * Applies the join and flattens its rows.
   *
   * @param input the left side's rows
   * @return the merged rows under the output schema
   * @throws IllegalArgumentException if the right side's unmatched rows are to be kept with the right
   *     side broadcast, or the output schema's size does not fit the two sides
   */
  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    if (broadcast && keepRight) {
      throw new IllegalArgumentException("a broadcast right side cannot keep its unmatched rows (a right or outer "
          + "merge): shuffle both sides instead");
    }
    Join.Impl<Row, Row> join = keepLeft && keepRight ? Join.<Row, Row>fullOuterJoin(right)
        : keepRight ? Join.<Row, Row>rightOuterJoin(right)
        : keepLeft ? (broadcast ? Join.<Row, Row>leftOuterBroadcastJoin(right) : Join.<Row, Row>leftOuterJoin(right))
        : (broadcast ? Join.<Row, Row>innerBroadcastJoin(right) : Join.<Row, Row>innerJoin(right));
    Schema rightSchema = right.getSchema();
    Set<String> sharedKeys = new HashSet<>();
    int[] coalesceFrom = new int[input.getSchema().getFieldCount()];
    Arrays.fill(coalesceFrom, -1);
    for (int i = 0; i < leftOn.size(); i++) {
      if (leftOn.get(i).equals(rightOn.get(i))) {
        sharedKeys.add(rightOn.get(i));
        coalesceFrom[input.getSchema().indexOf(leftOn.get(i))] = rightSchema.indexOf(rightOn.get(i));
      }
    }
    List<Integer> rightFields = new ArrayList<>();
    for (String name : rightSchema.getFieldNames()) {
      if (!sharedKeys.contains(name)) {
        rightFields.add(rightSchema.indexOf(name));
      }
    }
    if (output.size() != coalesceFrom.length + rightFields.size()) {
      throw new IllegalArgumentException("the merge's output schema has " + output.size() + " columns, but the left "
          + "side's " + coalesceFrom.length + " and the right's " + rightFields.size() + " kept columns make "
          + (coalesceFrom.length + rightFields.size()));
    }
    Schema schema = BeamSchemas.toBeam(output);
    Join.FieldsEqual.Impl keys = Join.FieldsEqual.left(leftOn.toArray(String[]::new)).right(rightOn.toArray(String[]::new));
    return input.apply("Join", join.on(keys))
        .apply("Flatten", ParDo.of(new FlattenJoinedFn(schema, coalesceFrom, rightFields)))
        .setRowSchema(schema);
  }

  /** One joined pair to one row: the left values (a shared key from the right when the left is missing), then the right's. */
  private static final class FlattenJoinedFn extends DoFn<Row, Row> {
    /** The result's Beam schema. */
    private final Schema output;
    /** Per left field, the right field a shared key takes its value from when there is no left row, else -1. */
    private final int[] coalesceFrom;
    /** The right fields the output keeps, in order. */
    private final List<Integer> rightFields;

    FlattenJoinedFn(Schema output, int[] coalesceFrom, List<Integer> rightFields) {
      this.output = output;
      this.coalesceFrom = coalesceFrom;
      this.rightFields = rightFields;
    }

    @ProcessElement
    public void process(@Element Row joined, OutputReceiver<Row> out) {
      Row lhs = joined.getRow(Join.LHS_TAG);
      Row rhs = joined.getRow(Join.RHS_TAG);
      Object[] values = new Object[output.getFieldCount()];
      int i = 0;
      for (; i < coalesceFrom.length; i++) {
        values[i] = lhs != null ? lhs.getValue(i) : coalesceFrom[i] >= 0 && rhs != null ? rhs.getValue(coalesceFrom[i]) : null;
      }
      for (int field : rightFields) {
        values[i++] = rhs == null ? null : rhs.getValue(field);
      }
      out.output(Rows.of(output, values));
    }
  }
}
