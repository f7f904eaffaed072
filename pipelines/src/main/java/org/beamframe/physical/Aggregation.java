package org.beamframe.physical;

import java.util.List;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.AggregationSchema;
import org.beamframe.types.FrameSchema;

/**
 * What a group-by computes, whatever the strategy: its keys (none: one row for the whole input),
 * its aggregations, and whether rows with a missing key are dropped (pandas' default).
 *
 * @param keys the group-by columns, first in the output; empty for one row over the whole input
 * @param aggregations the aggregations, one output column each, after the keys
 * @param dropNullKeys whether rows with a missing key are dropped (pandas' {@code dropna=True})
 */
public record Aggregation(List<String> keys, List<AggSpec> aggregations, boolean dropNullKeys) {
  /**
   * Copies the lists; they are checked against an input by {@link #outputSchema}.
   *
   * @param keys the group-by columns
   * @param aggregations the aggregations
   * @param dropNullKeys whether rows with a missing key are dropped
   * @throws NullPointerException if a list or an element is null
   */
  public Aggregation {
    keys = List.copyOf(keys);
    aggregations = List.copyOf(aggregations);
  }

  /**
   * Keys first, then one column per aggregation, for rows of {@code input}.
   *
   * @param input the schema of the rows aggregated
   * @return the output schema
   * @throws IllegalArgumentException if a column is missing, a function does not
   *     take its column's dtype, or two output columns share a name
   */
  public FrameSchema outputSchema(FrameSchema input) {
    return AggregationSchema.of(input, keys, aggregations);
  }

  @Override
  public String toString() {
    return (keys.isEmpty() ? "" : "by " + keys + " ") + aggregations + (dropNullKeys || keys.isEmpty() ? "" : ", missing keys kept");
  }
}
