package org.beamframe.physical;

import java.util.List;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.AggregationSchema;
import org.beamframe.types.FrameSchema;

/**
 * What a group-by computes, whatever the strategy: its keys (none: one row for the whole input),
 * its aggregations, and whether rows with a missing key are dropped (pandas' default).
 */
public record Aggregation(List<String> keys, List<AggSpec> aggregations, boolean dropNullKeys) {
  public Aggregation {
    keys = List.copyOf(keys);
    aggregations = List.copyOf(aggregations);
  }

  /** Keys first, then one column per aggregation, for rows of {@code input}. */
  public FrameSchema outputSchema(FrameSchema input) {
    return AggregationSchema.of(input, keys, aggregations);
  }

  @Override
  public String toString() {
    return (keys.isEmpty() ? "" : "by " + keys + " ") + aggregations + (dropNullKeys || keys.isEmpty() ? "" : ", missing keys kept");
  }
}
