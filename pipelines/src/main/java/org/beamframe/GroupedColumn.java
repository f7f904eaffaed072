package org.beamframe;

import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;

/** One column's aggregation per group: {@code df.groupby("a").col("x").sum()}. */
public final class GroupedColumn {
  private final GroupBy groups;
  private final String name;

  GroupedColumn(GroupBy groups, String name) {
    this.groups = groups;
    this.name = name;
  }

  public DataFrame sum() {
    return groups.agg(AggSpec.sum(name));
  }

  public DataFrame count() {
    return groups.agg(AggSpec.count(name));
  }

  public DataFrame mean() {
    return groups.agg(AggSpec.mean(name));
  }

  public DataFrame min() {
    return groups.agg(AggSpec.min(name));
  }

  public DataFrame max() {
    return groups.agg(AggSpec.max(name));
  }

  /** Distinct non-null values per group. */
  public DataFrame nunique() {
    return groups.agg(AggSpec.of(AggFunction.NUNIQUE, name));
  }

  /** Sample standard deviation (ddof=1), as pandas. */
  public DataFrame std() {
    return groups.agg(AggSpec.of(AggFunction.STD, name));
  }

  /** Sample variance (ddof=1), as pandas. */
  public DataFrame var() {
    return groups.agg(AggSpec.of(AggFunction.VAR, name));
  }
}
