package org.beamframe.agg;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.beamframe.expr.RowView;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code describe()} of numeric columns, all in one pass over the rows: per column the
 * {@link Statistic}s count, mean, std, min, 25%, 50%, 75% and max, as float64, missing values
 * skipped. The result is pandas' table with its index as a first column: {@value #STATISTIC_COLUMN}
 * (object) naming the statistic, then one float64 column per described column, one row per
 * statistic. Quartiles come from a {@link QuantileSketch} per column: exact (pandas' linear
 * interpolation) for a column with fewer non-missing values than the sketch's capacity, else
 * within the sketch's error bound. Plain Java: the Beam CombineFn delegates here.
 */
public final class DescribeAggregator implements Serializable {
  /** The name of the first output column, which holds the statistics' names (pandas' index). */
  public static final String STATISTIC_COLUMN = "statistic";
  /** What the {@link Aggregator} computes for each column, in this order. */
  private static final List<AggFunction> AGGREGATED =
      List.of(AggFunction.COUNT, AggFunction.MEAN, AggFunction.STD, AggFunction.MIN, AggFunction.MAX);
  private static final double[] QUARTILES = {0.25, 0.5, 0.75};

  /** Each described column's position in the input rows. */
  private final int[] positions;
  /** count, mean, std, min and max of each column, in that order, column by column. */
  private final Aggregator statistics;
  /** Each column's sketch capacity. */
  private final int sketchCapacity;
  /** The table's columns: statistic, then the described columns. */
  private final FrameSchema output;

  /**
   * A describe of {@code columns} over rows of {@code input}.
   *
   * @param input the schema of the rows to be added
   * @param columns the columns to describe, in output order
   * @param sketchCapacity each column's quantile sketch capacity: quartiles are exact for a column
   *     with fewer non-missing values (see {@link QuantileSketch})
   * @throws IllegalArgumentException as {@link #outputSchema(FrameSchema, List)}, or if the capacity is below 2
   */
  public DescribeAggregator(FrameSchema input, List<String> columns, int sketchCapacity) {
    this.output = outputSchema(input, columns);
    if (sketchCapacity < 2) {
      throw new IllegalArgumentException("describe: a quantile sketch's capacity is at least 2, got " + sketchCapacity);
    }
    this.sketchCapacity = sketchCapacity;
    this.positions = columns.stream().mapToInt(input::indexOf).toArray();
    List<AggSpec> specs = new ArrayList<>();
    for (int j = 0; j < columns.size(); j++) {
      for (AggFunction function : AGGREGATED) {
        specs.add(new AggSpec(j + ":" + function, function, columns.get(j)));
      }
    }
    this.statistics = new Aggregator(input, specs);
  }

  /**
   * The describe's table for {@code columns} of {@code input}: {@value #STATISTIC_COLUMN} (object),
   * then each column, float64.
   *
   * @param input the schema of the rows to describe
   * @param columns the columns to describe, in output order
   * @return the output schema
   * @throws IllegalArgumentException if no column is given, one is named twice, is unknown
   *     ({@link org.beamframe.types.ColumnNotFoundException}) or not int64 or float64, or is named
   *     {@value #STATISTIC_COLUMN}
   */
  public static FrameSchema outputSchema(FrameSchema input, List<String> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("describe needs at least one int64 or float64 column");
    }
    List<FrameField> fields = new ArrayList<>(List.of(new FrameField(STATISTIC_COLUMN, DType.OBJECT)));
    Set<String> seen = new HashSet<>();
    for (String column : columns) {
      DType type = input.typeOf(column);
      if (!type.isNumeric()) {
        throw new IllegalArgumentException("describe: column " + column + " is " + type + "; describe takes int64 and "
            + "float64 columns (convert it first, e.g. toNumeric or astype(\"float64\"))");
      }
      if (column.equals(STATISTIC_COLUMN)) {
        throw new IllegalArgumentException("describe: column " + STATISTIC_COLUMN + " would clash with the column "
            + "of the statistics' names; rename it first");
      }
      if (!seen.add(column)) {
        throw new IllegalArgumentException("describe: column " + column + " is named twice");
      }
      fields.add(new FrameField(column, DType.FLOAT64));
    }
    return FrameSchema.of(fields);
  }

  /**
   * The statistics other than the quartiles, for a coder of {@link DescribeAccumulator#statistics}.
   *
   * @return the aggregator of count, mean, std, min and max of each column, in that order
   */
  public Aggregator statistics() {
    return statistics;
  }

  /**
   * The output's columns.
   *
   * @return {@value #STATISTIC_COLUMN}, then one float64 column per described column
   */
  public FrameSchema outputSchema() {
    return output;
  }

  /**
   * A new, empty state: no rows seen.
   *
   * @return a mutable accumulator
   */
  public DescribeAccumulator create() {
    QuantileSketch[] sketches = new QuantileSketch[positions.length];
    for (int j = 0; j < sketches.length; j++) {
      sketches[j] = new QuantileSketch(sketchCapacity);
    }
    return new DescribeAccumulator(statistics.create(), sketches);
  }

  /**
   * Adds a row; missing values are skipped.
   *
   * @param acc the state, updated in place
   * @param row a row of the input schema
   */
  public void add(DescribeAccumulator acc, RowView row) {
    statistics.add(acc.statistics, row);
    for (int j = 0; j < positions.length; j++) {
      Object value = row.get(positions[j]);
      if (value != null) {
        acc.sketches[j].add(((Number) value).doubleValue());
      }
    }
  }

  /**
   * Adds {@code from}'s rows into {@code into}.
   *
   * @param into the state merged into, updated in place
   * @param from the state merged from, not changed
   */
  public void merge(DescribeAccumulator into, DescribeAccumulator from) {
    statistics.merge(into.statistics, from.statistics);
    for (int j = 0; j < positions.length; j++) {
      into.sketches[j].merge(from.sketches[j]);
    }
  }

  /**
   * The table: one row per {@link Statistic}, in pandas' order, each the statistic's name then one
   * float64 (or null) per column. A column with no values has count 0 and every other statistic
   * missing; std of one value is missing, as in pandas.
   *
   * @param acc the state, not changed
   * @return eight rows of {@link #outputSchema()}
   */
  public List<Object[]> extract(DescribeAccumulator acc) {
    Object[] aggregated = statistics.extract(acc.statistics);
    Statistic[] names = Statistic.values();
    List<Object[]> rows = new ArrayList<>();
    for (Statistic statistic : names) {
      Object[] row = new Object[positions.length + 1];
      row[0] = statistic.label();
      rows.add(row);
    }
    for (int j = 0; j < positions.length; j++) {
      int first = j * AGGREGATED.size();
      Double[] quartiles = acc.sketches[j].quantiles(QUARTILES);
      // In Statistic's order: count, mean, std, min, 25%, 50%, 75%, max.
      Object[] column = {aggregated[first], aggregated[first + 1], aggregated[first + 2], aggregated[first + 3],
          quartiles[0], quartiles[1], quartiles[2], aggregated[first + 4]};
      for (int s = 0; s < names.length; s++) {
        rows.get(s)[j + 1] = column[s] == null ? null : ((Number) column[s]).doubleValue();
      }
    }
    return rows;
  }
}
