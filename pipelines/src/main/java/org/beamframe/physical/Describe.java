package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.agg.DescribeAggregator;
import org.beamframe.agg.QuantileSketch;
import org.beamframe.types.FrameSchema;

/**
 * pandas' describe of numeric columns over rows from any step: all columns in one pass, each worker
 * summarizing its rows before they meet (one global combine), quartiles from a bounded sketch per column.
 *
 * @param child the rows to describe
 * @param columns the int64 and float64 columns described, in output order
 */
public record Describe(PhysicalNode child, List<String> columns) implements PhysicalNode {
  /**
   * Checks the columns against the child's schema; copies the list.
   *
   * @param child the rows to describe
   * @param columns the columns, at least one, each int64 or float64
   * @throws NullPointerException if {@code child} is null
   * @throws IllegalArgumentException if the columns do not fit the child (see {@link DescribeAggregator#outputSchema})
   */
  public Describe {
    Objects.requireNonNull(child, "child");
    columns = List.copyOf(columns);
    DescribeAggregator.outputSchema(child.schema(), columns);
  }

  @Override
  public FrameSchema schema() {
    return DescribeAggregator.outputSchema(child.schema(), columns);
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(child);
  }

  @Override
  public String describe() {
    return "Describe " + columns + ": one pass, combined globally; quartiles exact for a column of fewer than "
        + QuantileSketch.DEFAULT_CAPACITY + " values, else from a bounded sketch";
  }

  @Override
  public <R> R accept(PhysicalVisitor<R> visitor) {
    return visitor.describe(this);
  }
}
