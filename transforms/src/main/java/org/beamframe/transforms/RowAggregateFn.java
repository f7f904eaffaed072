package org.beamframe.transforms;

import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Combine.CombineFn;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.AggregationSchema;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * Computes several named aggregations over rows in one pass, as a CombineFn so that runners
 * aggregate partially before the shuffle. Null values are skipped (pandas' {@code skipna=True}):
 * sum of nothing is 0, mean/min/max of nothing are null.
 */
public final class RowAggregateFn extends CombineFn<Row, AggAccumulator, Row> {
  private final List<AggSpec> specs;
  private final int[] inputs;
  private final DType[] inputTypes;
  private final AggFunction[] functions;
  private final FrameSchema output;
  private final Schema beamOutput;

  public RowAggregateFn(FrameSchema input, List<AggSpec> specs) {
    this.specs = List.copyOf(specs);
    inputs = new int[specs.size()];
    inputTypes = new DType[specs.size()];
    functions = new AggFunction[specs.size()];
    output = AggregationSchema.of(input, List.of(), specs);
    for (int i = 0; i < specs.size(); i++) {
      AggSpec spec = specs.get(i);
      inputs[i] = input.indexOf(spec.column());
      inputTypes[i] = input.typeOf(spec.column());
      functions[i] = spec.function();
    }
    beamOutput = BeamSchemas.toBeam(output);
  }

  /** The schema of the rows this fn outputs: one column per spec, named by its output. */
  public FrameSchema outputSchema() {
    return output;
  }

  public List<AggSpec> specs() {
    return specs;
  }

  @Override
  public AggAccumulator createAccumulator() {
    return new AggAccumulator(specs.size());
  }

  @Override
  public AggAccumulator addInput(AggAccumulator acc, Row row) {
    for (int i = 0; i < inputs.length; i++) {
      Object value = row.getValue(inputs[i]);
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
        case COUNT -> {}
      }
    }
    return acc;
  }

  @Override
  public AggAccumulator mergeAccumulators(Iterable<AggAccumulator> accumulators) {
    AggAccumulator merged = createAccumulator();
    for (AggAccumulator acc : accumulators) {
      for (int i = 0; i < functions.length; i++) {
        merged.mergeFrom(acc, i, functions[i] == AggFunction.MAX);
      }
    }
    return merged;
  }

  @Override
  public Row extractOutput(AggAccumulator acc) {
    Object[] values = new Object[functions.length];
    for (int i = 0; i < functions.length; i++) {
      boolean exact = inputTypes[i] != DType.FLOAT64;
      values[i] = switch (functions[i]) {
        case COUNT -> acc.counts[i];
        case SUM -> exact ? (Object) acc.longSums[i] : (Object) acc.doubleSum(i);
        case MEAN -> acc.counts[i] == 0
            ? null
            : (exact ? (double) acc.longSums[i] : acc.doubleSum(i)) / acc.counts[i];
        case MIN, MAX -> acc.extremes[i];
      };
      if (values[i] instanceof Double d && d.isNaN()) {
        values[i] = null; // pandas: NaN is the missing value of float64
      }
    }
    return Rows.of(beamOutput, values);
  }

  @Override
  public Coder<Row> getDefaultOutputCoder(CoderRegistry registry, Coder<Row> inputCoder) {
    return RowCoder.of(beamOutput);
  }

  @Override
  public Coder<AggAccumulator> getAccumulatorCoder(CoderRegistry registry, Coder<Row> inputCoder) {
    return new AggAccumulatorCoder(List.of(inputTypes));
  }
}
