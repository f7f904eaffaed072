package org.beamframe.transforms;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Combine.CombineFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.DescribeAccumulator;
import org.beamframe.agg.DescribeAggregator;
import org.beamframe.agg.QuantileSketch;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code df.describe()} of int64 and float64 columns: eight rows, one per statistic (count,
 * mean, std, min, 25%, 50%, 75%, max), the statistic's name in a first column "statistic", then one
 * float64 column per described column. Missing values are skipped.
 *
 * <pre>{@code
 * PCollection<Row> summary = rows.apply("Describe", DescribeColumns.of(List.of("units", "qty")));
 * // columns: statistic, units, qty
 * }</pre>
 *
 * <p>Runs as one {@code Combine.globally} over all columns, so every worker summarizes its own rows
 * in bounded memory before they meet: quartiles come from a {@link QuantileSketch} per column, exact
 * (as pandas interpolates them) for a column with fewer than {@value QuantileSketch#DEFAULT_CAPACITY}
 * non-missing values, otherwise within the rank error its class comment states. The output has no order: sort it where it is gathered. The
 * transform is immutable.
 */
public final class DescribeColumns extends PTransform<PCollection<Row>, PCollection<Row>> {
  /** The columns to describe, in output order. */
  private final List<String> columns;

  private DescribeColumns(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  /**
   * Describes these columns, in this order.
   *
   * @param columns the int64 or float64 columns; checked when the transform is applied
   * @return the transform
   */
  public static DescribeColumns of(List<String> columns) {
    return new DescribeColumns(columns);
  }

  /**
   * The output schema for rows of {@code input}.
   *
   * @param input the schema of the rows to describe
   * @return "statistic" (object), then one float64 column per described column
   * @throws IllegalArgumentException if no column is given, or one is unknown, not int64 or float64,
   *     named twice or named "statistic"
   */
  public FrameSchema outputSchema(FrameSchema input) {
    return DescribeAggregator.outputSchema(input, columns);
  }

  /**
   * Checks the columns against the input's schema and adds the steps {@code CombineGlobally} and
   * {@code StatisticRows}.
   *
   * @param input the rows to describe
   * @return eight rows, under {@link #outputSchema}, also for an empty input (count 0, the rest missing)
   * @throws IllegalArgumentException if the columns do not fit the input (see {@link #outputSchema})
   */
  @Override
  public PCollection<Row> expand(PCollection<Row> input) {
    DescribeFn fn = new DescribeFn(new DescribeAggregator(BeamSchemas.fromBeam(input.getSchema()), columns,
        QuantileSketch.DEFAULT_CAPACITY));
    return input.apply("CombineGlobally", Combine.globally(fn))
        .apply("StatisticRows", Flatten.iterables())
        .setRowSchema(fn.output);
  }

  /** The whole describe as one CombineFn: its output is the table's rows. */
  private static final class DescribeFn extends CombineFn<Row, DescribeAccumulator, List<Row>> {
    private final DescribeAggregator aggregator;
    private final Schema output;

    DescribeFn(DescribeAggregator aggregator) {
      this.aggregator = aggregator;
      this.output = BeamSchemas.toBeam(aggregator.outputSchema());
    }

    @Override
    public DescribeAccumulator createAccumulator() {
      return aggregator.create();
    }

    @Override
    public DescribeAccumulator addInput(DescribeAccumulator acc, Row row) {
      aggregator.add(acc, row::getValue);
      return acc;
    }

    @Override
    public DescribeAccumulator mergeAccumulators(Iterable<DescribeAccumulator> accumulators) {
      DescribeAccumulator merged = aggregator.create();
      for (DescribeAccumulator acc : accumulators) {
        aggregator.merge(merged, acc);
      }
      return merged;
    }

    @Override
    public List<Row> extractOutput(DescribeAccumulator acc) {
      List<Row> rows = new ArrayList<>();
      for (Object[] values : aggregator.extract(acc)) {
        rows.add(Rows.of(output, values));
      }
      return rows;
    }

    @Override
    public Coder<DescribeAccumulator> getAccumulatorCoder(CoderRegistry registry, Coder<Row> inputCoder) {
      return new DescribeAccumulatorCoder(aggregator);
    }

    @Override
    public Coder<List<Row>> getDefaultOutputCoder(CoderRegistry registry, Coder<Row> inputCoder) {
      return ListCoder.of(RowCoder.of(output));
    }
  }
}
