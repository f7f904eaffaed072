package org.beamframe.agg;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.beamframe.expr.RowView;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * Several named aggregations over rows of one schema, in one pass, with pandas' rules: missing
 * values are skipped; sum of nothing is 0, mean/min/max of nothing missing; int64 sums are exact,
 * float64 sums compensated; a NaN result is missing. Plain Java: the Beam CombineFns delegate here.
 */
public final class Aggregator implements Serializable {
  /** The input column position of each aggregation. */
  private final int[] inputs;
  /** The input column dtype of each aggregation. */
  private final DType[] inputTypes;
  /** The function of each aggregation. */
  private final AggFunction[] functions;
  /** One column per aggregation, named by its output. */
  private final FrameSchema output;

  /**
   * Aggregations {@code specs} over rows of schema {@code input}, checked as
   * {@link AggregationSchema#of} checks them (with no keys).
   *
   * @param input the schema of the rows to be added
   * @param specs the aggregations, in output order; at least one
   * @throws IllegalArgumentException if a column does not exist, a function cannot take its column's
   *     dtype, or two outputs share a name
   */
  public Aggregator(FrameSchema input, List<AggSpec> specs) {
    this.output = AggregationSchema.of(input, List.of(), specs);
    inputs = new int[specs.size()];
    inputTypes = new DType[specs.size()];
    functions = new AggFunction[specs.size()];
    for (int i = 0; i < specs.size(); i++) {
      AggSpec spec = specs.get(i);
      inputs[i] = input.indexOf(spec.column());
      inputTypes[i] = input.typeOf(spec.column());
      functions[i] = spec.function();
    }
  }

  /**
   * One column per aggregation, named by its output.
   *
   * @return the schema of {@link #extract}'s values (group keys not included)
   */
  public FrameSchema outputSchema() {
    return output;
  }

  /**
   * The dtypes of the aggregated input columns, in aggregation order (what the extremes hold).
   *
   * @return an unmodifiable list, one dtype per aggregation
   */
  public List<DType> inputTypes() {
    return List.of(inputTypes);
  }

  /**
   * The functions, in aggregation order.
   *
   * @return an unmodifiable list, one function per aggregation
   */
  public List<AggFunction> functions() {
    return List.of(functions);
  }

  /**
   * A new, empty partial state for these aggregations (the state of a group with no rows).
   *
   * @return a mutable accumulator
   */
  public AggAccumulator create() {
    return new AggAccumulator(functions);
  }

  /**
   * Adds a row whose file position is unknown; first and last then cannot be computed.
   *
   * @param acc the group's partial state, updated in place
   * @param row a row of the input schema
   * @throws IllegalStateException if an aggregation is first or last and the row has a non-null value
   */
  public void add(AggAccumulator acc, RowView row) {
    add(acc, row, -1);
  }

  /**
   * Adds a row read at {@code position} in file order (for first and last; -1 if unknown).
   * Null values are skipped, except by size, which counts every row.
   *
   * @param acc the group's partial state, updated in place
   * @param row a row of the input schema
   * @param position the row's position in file order (files in listing order, then byte offset), or -1
   * @throws IllegalStateException if an aggregation is first or last, the position is -1 and the
   *     value is not null
   */
  public void add(AggAccumulator acc, RowView row, long position) {
    for (int i = 0; i < inputs.length; i++) {
      Object value = row.get(inputs[i]);
      if (functions[i] == AggFunction.SIZE) {
        acc.counts[i]++;
        continue;
      }
      if (functions[i] == AggFunction.FIRST_ROW || functions[i] == AggFunction.LAST_ROW) {
        // Missing values count here: the row, not the value, is kept.
        requireFileOrder(functions[i], position);
        acc.counts[i]++;
        acc.offerRow(i, value, position, functions[i] == AggFunction.LAST_ROW);
        continue;
      }
      if (value == null) {
        continue;
      }
      acc.counts[i]++;
      switch (functions[i]) {
        case SUM, MEAN -> {
          switch (inputTypes[i]) {
            case INT64 -> acc.longSums[i] += (Long) value;
            case BOOL -> acc.longSums[i] += (Boolean) value ? 1 : 0;
            default -> acc.addDouble(i, (Double) value);
          }
        }
        case MIN -> acc.offerExtreme(i, value, false);
        case MAX -> acc.offerExtreme(i, value, true);
        case VAR, STD -> acc.addDeviation(i, asDouble(value));
        case FIRST, LAST -> {
          requireFileOrder(functions[i], position);
          acc.offerPositioned(i, value, position, functions[i] == AggFunction.LAST);
        }
        case FIRST_ROW, LAST_ROW -> throw new IllegalStateException("rows are kept above");
        case NUNIQUE -> acc.addDistinct(i, value);
        case COUNT, SIZE -> {}
      }
    }
  }

  private static void requireFileOrder(AggFunction function, long position) {
    if (position < 0) {
      throw new IllegalStateException(function + " needs the rows' file order, which only an aggregation "
          + "fused into its CSV read knows");
    }
  }

  private static double asDouble(Object value) {
    return value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).doubleValue();
  }

  /**
   * Whether an aggregation needs the rows' file order (first, last).
   *
   * @return true if some aggregation is first or last, so rows must be added with their position
   */
  public boolean needsFileOrder() {
    return Arrays.stream(functions).anyMatch(AggFunction::needsFileOrder);
  }

  /**
   * Adds {@code from}'s partial results into {@code into}, as Beam's {@code CombineFn.mergeAccumulators}
   * does: afterwards {@code into} holds the state of both sets of rows.
   *
   * @param into the state merged into, updated in place
   * @param from the state merged from, not changed
   */
  public void merge(AggAccumulator into, AggAccumulator from) {
    for (int i = 0; i < functions.length; i++) {
      into.mergeFrom(from, i, functions[i]);
    }
  }

  /**
   * The final values, in {@link #outputSchema()} order. Follows pandas: count, size and nunique of
   * no values are 0; mean, min, max, first and last of none are null; var and std of fewer than two
   * are null; a NaN result is null.
   *
   * @param acc a group's partial state, not changed
   * @return one value per aggregation, each of its output column's dtype or null
   */
  public Object[] extract(AggAccumulator acc) {
    Object[] values = new Object[functions.length];
    for (int i = 0; i < functions.length; i++) {
      boolean exact = inputTypes[i] != DType.FLOAT64;
      values[i] = switch (functions[i]) {
        case COUNT, SIZE -> acc.counts[i];
        case NUNIQUE -> acc.distinct[i] == null ? 0L : (long) acc.distinct[i].size();
        case VAR -> acc.counts[i] < 2 ? null : acc.squaredDeviations[i] / (acc.counts[i] - 1);
        case STD -> acc.counts[i] < 2 ? null : Math.sqrt(acc.squaredDeviations[i] / (acc.counts[i] - 1));
        case SUM -> exact ? (Object) acc.longSums[i] : (Object) acc.doubleSum(i);
        case MEAN -> acc.counts[i] == 0
            ? null
            : (exact ? (double) acc.longSums[i] : acc.doubleSum(i)) / acc.counts[i];
        case MIN, MAX, FIRST, LAST, FIRST_ROW, LAST_ROW -> acc.extremes[i];
      };
      if (values[i] instanceof Double d && d.isNaN()) {
        values[i] = null; // pandas: NaN is the missing value of float64
      }
    }
    return values;
  }
}
