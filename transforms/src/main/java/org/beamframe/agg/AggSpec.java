package org.beamframe.agg;

import java.io.Serializable;
import java.util.Objects;

/**
 * One named aggregation: {@code output = function(column)}, as pandas' named aggregation
 * ({@code df.groupby(k).agg(output=(column, function))}). A spec is only a description: it is
 * checked against a schema when a plan or transform uses it ({@link AggregationSchema#of}).
 *
 * @param output the name of the output column
 * @param function the aggregation to compute
 * @param column the input column it reads (size reads it too but counts every row)
 * @serial exclude
 */
public record AggSpec(String output, AggFunction function, String column) implements Serializable {
  /**
   * Creates a spec; every component is required.
   *
   * @param output the name of the output column
   * @param function the aggregation to compute
   * @param column the input column it reads
   * @throws NullPointerException if a component is null
   */
  public AggSpec {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(column, "column");
  }

  /**
   * {@code function(column)} with the output named after the column, as pandas does.
   *
   * @param function the aggregation to compute
   * @param column the input column, also the output's name
   * @return the spec
   */
  public static AggSpec of(AggFunction function, String column) {
    return new AggSpec(column, function, column);
  }

  /**
   * The sum of {@code column}'s non-null values (0 for none), output named after the column; as pandas' {@code sum}.
   *
   * @param column the input column, also the output's name
   * @return the spec
   */
  public static AggSpec sum(String column) {
    return of(AggFunction.SUM, column);
  }

  /**
   * The number of {@code column}'s non-null values, output named after the column; as pandas' {@code count}.
   *
   * @param column the input column, also the output's name
   * @return the spec
   */
  public static AggSpec count(String column) {
    return of(AggFunction.COUNT, column);
  }

  /**
   * The mean of {@code column}'s non-null values, output named after the column; as pandas' {@code mean}.
   *
   * @param column the input column, also the output's name
   * @return the spec
   */
  public static AggSpec mean(String column) {
    return of(AggFunction.MEAN, column);
  }

  /**
   * The smallest of {@code column}'s non-null values, output named after the column; as pandas' {@code min}.
   *
   * @param column the input column, also the output's name
   * @return the spec
   */
  public static AggSpec min(String column) {
    return of(AggFunction.MIN, column);
  }

  /**
   * The largest of {@code column}'s non-null values, output named after the column; as pandas' {@code max}.
   *
   * @param column the input column, also the output's name
   * @return the spec
   */
  public static AggSpec max(String column) {
    return of(AggFunction.MAX, column);
  }

  /**
   * The same aggregation with its output column named {@code name}.
   *
   * @param name the output column's name
   * @return a new spec; this one is unchanged
   */
  public AggSpec as(String name) {
    return new AggSpec(name, function, column);
  }

  /** The spec as {@code output=function(column)}, e.g. {@code total=sum(qty)}, as explain prints it. */
  @Override
  public String toString() {
    return output + "=" + function + "(" + column + ")";
  }
}
