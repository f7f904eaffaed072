package org.beamframe.agg;

import java.io.Serializable;
import java.util.Objects;

/** One named aggregation: {@code output = function(column)}, as pandas' named aggregation. */
public record AggSpec(String output, AggFunction function, String column) implements Serializable {
  public AggSpec {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(column, "column");
  }

  /** {@code function(column)} with the output named after the column, as pandas does. */
  public static AggSpec of(AggFunction function, String column) {
    return new AggSpec(column, function, column);
  }

  public static AggSpec sum(String column) {
    return of(AggFunction.SUM, column);
  }

  public static AggSpec count(String column) {
    return of(AggFunction.COUNT, column);
  }

  public static AggSpec mean(String column) {
    return of(AggFunction.MEAN, column);
  }

  public static AggSpec min(String column) {
    return of(AggFunction.MIN, column);
  }

  public static AggSpec max(String column) {
    return of(AggFunction.MAX, column);
  }

  /** The same aggregation with its output column named {@code name}. */
  public AggSpec as(String name) {
    return new AggSpec(name, function, column);
  }

  @Override
  public String toString() {
    return output + "=" + function + "(" + column + ")";
  }
}
