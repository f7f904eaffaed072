package org.beamframe.agg;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;

/** The output schema of a group-by aggregation: the keys, then one column per aggregation. */
public final class AggregationSchema {
  private AggregationSchema() {}

  /**
   * Checks keys, functions and output names against {@code input}; {@code keys} may be empty.
   *
   * @param input the schema of the rows being aggregated
   * @param keys the group keys, in order; empty for a whole-frame aggregation
   * @param aggregations the aggregations, at least one
   * @return the keys with their dtypes, then one column per aggregation, named by its output, with
   *     the function's result dtype
   * @throws IllegalArgumentException if there is no aggregation, a key or aggregated column does not
   *     exist ({@link org.beamframe.types.ColumnNotFoundException}, listing the columns), a function cannot take its column's dtype, or two output columns share a name
   */
  public static FrameSchema of(FrameSchema input, List<String> keys, List<AggSpec> aggregations) {
    if (aggregations.isEmpty()) {
      throw new IllegalArgumentException("an aggregation needs at least one function, e.g. AggSpec.sum(column)");
    }
    List<FrameField> fields = new ArrayList<>(input.select(keys).fields());
    Set<String> names = new HashSet<>(keys);
    for (AggSpec spec : aggregations) {
      DType type = spec.function().resultType(spec.column(), input.typeOf(spec.column()));
      if (!names.add(spec.output())) {
        throw new IllegalArgumentException(
            "output column " + spec.output() + " appears twice; name aggregations apart with .as(...)");
      }
      fields.add(new FrameField(spec.output(), type));
    }
    return FrameSchema.of(fields);
  }
}
