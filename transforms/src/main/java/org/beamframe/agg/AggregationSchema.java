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

  /** Checks keys, functions and output names against {@code input}; {@code keys} may be empty. */
  public static FrameSchema of(FrameSchema input, List<String> keys, List<AggSpec> aggregations) {
    if (aggregations.isEmpty()) {
      throw new IllegalArgumentException("an aggregation needs at least one function, e.g. AggSpec.sum(column)");
    }
    List<FrameField> fields = new ArrayList<>(input.select(keys).fields());
    for (FrameField key : fields) {
      if (key.type() == DType.FLOAT64) {
        throw new IllegalArgumentException("cannot group by float64 column " + key.name()
            + ": its encoding is not deterministic; convert it to int64 or object first");
      }
    }
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
