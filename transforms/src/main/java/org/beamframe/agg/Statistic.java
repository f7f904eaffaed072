package org.beamframe.agg;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of pandas' {@code describe()} of a numeric column, in pandas' order, each named as pandas
 * names it: count, mean, std, min, 25%, 50%, 75%, max.
 */
public enum Statistic {
  /** The number of non-missing values. */
  COUNT("count"),
  /** The mean of the non-missing values. */
  MEAN("mean"),
  /** The sample standard deviation (ddof=1); missing for fewer than two values. */
  STD("std"),
  /** The smallest value. */
  MIN("min"),
  /** The first quartile, interpolated linearly between order statistics as pandas does. */
  P25("25%"),
  /** The median, interpolated as {@link #P25}. */
  P50("50%"),
  /** The third quartile, interpolated as {@link #P25}. */
  P75("75%"),
  /** The largest value. */
  MAX("max");

  private final String label;

  Statistic(String label) {
    this.label = label;
  }

  /**
   * The statistic's name in pandas' describe index.
   *
   * @return e.g. "count" or "25%"
   */
  public String label() {
    return label;
  }

  /**
   * Every statistic's name, in pandas' order.
   *
   * @return count, mean, std, min, 25%, 50%, 75%, max
   */
  public static List<String> labels() {
    return Arrays.stream(values()).map(Statistic::label).toList();
  }

  /** pandas' name of the statistic. */
  @Override
  public String toString() {
    return label;
  }
}
