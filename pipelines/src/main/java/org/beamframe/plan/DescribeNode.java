package org.beamframe.plan;

import java.util.List;
import java.util.Objects;
import org.beamframe.agg.DescribeAggregator;
import org.beamframe.agg.Statistic;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * pandas' {@code describe()} of numeric columns: one row per statistic (count, mean, std, min, 25%,
 * 50%, 75%, max) in that order, the statistic's name in a first column {@code statistic} (pandas'
 * index), then one float64 column per described column.
 *
 * @param child the rows to describe
 * @param columns the int64 and float64 columns described, in output order
 */
public record DescribeNode(PlanNode child, List<String> columns) implements PlanNode {
  /**
   * Checks the columns against the child's schema; copies the list.
   *
   * @param child the rows to describe
   * @param columns the columns, at least one, each int64 or float64
   * @throws NullPointerException if {@code child} is null
   * @throws IllegalArgumentException if no column is given, or a column is unknown, not numeric,
   *     named twice or named "statistic"
   */
  public DescribeNode {
    Objects.requireNonNull(child, "child");
    columns = List.copyOf(columns);
    DescribeAggregator.outputSchema(child.schema(), columns);
  }

  @Override
  public FrameSchema schema() {
    return DescribeAggregator.outputSchema(child.schema(), columns);
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    return new DescribeNode(children.get(0), columns);
  }

  /**
   * pandas' order of the statistics.
   *
   * @return the statistic column, in the order count, mean, std, min, 25%, 50%, 75%, max
   */
  @Override
  public List<SortKey> order() {
    return List.of(SortKey.inOrder(DescribeAggregator.STATISTIC_COLUMN, Statistic.labels()));
  }

  @Override
  public String describe() {
    return "Describe " + columns;
  }
}
