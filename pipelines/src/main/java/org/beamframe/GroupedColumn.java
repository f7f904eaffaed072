package org.beamframe;

import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;

/**
 * One column's aggregation per group: {@code df.groupby("a").col("x").sum()}.
 *
 * <p>As pandas' {@code df.groupby("a")["x"]}. Each method returns a lazy frame of the group keys
 * and one column named after this one, like pandas' {@code .sum().reset_index()}; missing values
 * are skipped. For several aggregations in one pass, or other output names, use {@link GroupBy#agg}.
 */
public final class GroupedColumn {
  private final GroupBy groups;
  private final String name;

  GroupedColumn(GroupBy groups, String name) {
    this.groups = groups;
    this.name = name;
  }

  /**
   * Sum of the non-missing values per group; 0 for a group with none.
   *
   * @return the lazy result: the keys, then a column named after this one
   * @throws IllegalArgumentException if the function does not apply to this column's dtype
   */
  public DataFrame sum() {
    return groups.agg(AggSpec.sum(name));
  }

  /**
   * Number of non-missing values per group, as int64.
   *
   * @return the lazy result: the keys, then a column named after this one
   * @throws IllegalArgumentException if the function does not apply to this column's dtype
   */
  public DataFrame count() {
    return groups.agg(AggSpec.count(name));
  }

  /**
   * Mean of the non-missing values per group, as float64; missing for a group with none.
   *
   * @return the lazy result: the keys, then a column named after this one
   * @throws IllegalArgumentException if the function does not apply to this column's dtype
   */
  public DataFrame mean() {
    return groups.agg(AggSpec.mean(name));
  }

  /**
   * Smallest non-missing value per group; missing for a group with none.
   *
   * @return the lazy result: the keys, then a column named after this one
   * @throws IllegalArgumentException if the function does not apply to this column's dtype
   */
  public DataFrame min() {
    return groups.agg(AggSpec.min(name));
  }

  /**
   * Largest non-missing value per group; missing for a group with none.
   *
   * @return the lazy result: the keys, then a column named after this one
   * @throws IllegalArgumentException if the function does not apply to this column's dtype
   */
  public DataFrame max() {
    return groups.agg(AggSpec.max(name));
  }

  /**
   * Distinct non-null values per group, as int64.
   *
   * @return the lazy result: the keys, then a column named after this one
   * @throws IllegalArgumentException if the function does not apply to this column's dtype
   */
  public DataFrame nunique() {
    return groups.agg(AggSpec.of(AggFunction.NUNIQUE, name));
  }

  /**
   * Sample standard deviation (ddof=1), as pandas.
   * float64; missing for a group with fewer than two values.
   *
   * @return the lazy result: the keys, then a column named after this one
   * @throws IllegalArgumentException if the function does not apply to this column's dtype
   */
  public DataFrame std() {
    return groups.agg(AggSpec.of(AggFunction.STD, name));
  }

  /**
   * Sample variance (ddof=1), as pandas.
   * float64; missing for a group with fewer than two values.
   *
   * @return the lazy result: the keys, then a column named after this one
   * @throws IllegalArgumentException if the function does not apply to this column's dtype
   */
  public DataFrame var() {
    return groups.agg(AggSpec.of(AggFunction.VAR, name));
  }
}
