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
  private final int[] inputs;
  private final DType[] inputTypes;
  private final AggFunction[] functions;
  private final FrameSchema output;

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

  /** One column per aggregation, named by its output. */
  public FrameSchema outputSchema() {
    return output;
  }

  /** The dtypes of the aggregated input columns, in aggregation order (what the extremes hold). */
  public List<DType> inputTypes() {
    return List.of(inputTypes);
  }

  /** The functions, in aggregation order. */
  public List<AggFunction> functions() {
    return List.of(functions);
  }

  public AggAccumulator create() {
    return new AggAccumulator(functions);
  }

  /** Adds a row whose file position is unknown; first and last then cannot be computed. */
  public void add(AggAccumulator acc, RowView row) {
    add(acc, row, -1);
  }

  /** Adds a row read at {@code position} in file order (for first and last; -1 if unknown). */
  public void add(AggAccumulator acc, RowView row, long position) {
    for (int i = 0; i < inputs.length; i++) {
      Object value = row.get(inputs[i]);
      if (functions[i] == AggFunction.SIZE) {
        acc.counts[i]++;
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
          if (position < 0) {
            throw new IllegalStateException(functions[i] + " needs the rows' file order, which only an aggregation "
                + "fused into its CSV read knows");
          }
          acc.offerPositioned(i, value, position, functions[i] == AggFunction.LAST);
        }
        case NUNIQUE -> acc.addDistinct(i, value);
        case COUNT, SIZE -> {}
      }
    }
  }

  private static double asDouble(Object value) {
    return value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).doubleValue();
  }

  /** Whether an aggregation needs the rows' file order (first, last). */
  public boolean needsFileOrder() {
    return Arrays.stream(functions).anyMatch(AggFunction::needsFileOrder);
  }

  /** Adds {@code from}'s partial results into {@code into}. */
  public void merge(AggAccumulator into, AggAccumulator from) {
    for (int i = 0; i < functions.length; i++) {
      into.mergeFrom(from, i, functions[i]);
    }
  }

  /** The final values, in {@link #outputSchema()} order. */
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
        case MIN, MAX, FIRST, LAST -> acc.extremes[i];
      };
      if (values[i] instanceof Double d && d.isNaN()) {
        values[i] = null; // pandas: NaN is the missing value of float64
      }
    }
    return values;
  }
}
