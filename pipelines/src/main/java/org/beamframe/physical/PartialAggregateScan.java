package org.beamframe.physical;

import java.util.List;
import java.util.Objects;
import org.beamframe.plan.PlanTree;
import org.beamframe.types.FrameSchema;

/**
 * A {@link CsvScan} whose rows are aggregated as they are read, so only partial groups leave it:
 * the first half of a {@link FinalAggregate}. {@code scope} says how far one partial table reaches;
 * {@code stopsPastResultLimit}, that its groups are the rows of a result returned to this process,
 * so a table holding more groups than that result may have rows stops the run at once.
 *
 * @param scan the read and its fused row steps
 * @param aggregation what the group-by computes
 * @param scope how much input one partial table covers
 * @param stopsPastResultLimit whether a table with more groups than the result's row limit stops the run
 */
public record PartialAggregateScan(CsvScan scan, Aggregation aggregation, PartialScope scope,
    boolean stopsPastResultLimit) implements PlanTree {
  /** How much input one partial table covers before it is handed to the shuffle. */
  public enum PartialScope {
    /** One table per worker across the splits it reads, handed on early when it reaches its budget of groups. */
    PER_WORKER
  }

  /**
   * Checks the aggregation against the scan's output schema.
   *
   * @param scan the read
   * @param aggregation what the group-by computes
   * @param scope how much input one partial table covers
   * @param stopsPastResultLimit whether a table past the result's row limit stops the run
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the aggregation does not fit the scan's columns
   */
  public PartialAggregateScan {
    Objects.requireNonNull(scan, "scan");
    Objects.requireNonNull(scope, "scope");
    aggregation.outputSchema(scan.schema());
  }

  /**
   * A partial aggregation that does not stop at the result's row limit, as for a file output.
   *
   * @param scan the read
   * @param aggregation what the group-by computes
   * @param scope how much input one partial table covers
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the aggregation does not fit the scan's columns
   */
  public PartialAggregateScan(CsvScan scan, Aggregation aggregation, PartialScope scope) {
    this(scan, aggregation, scope, false);
  }

  /**
   * This scan, for a result returned to this process: it stops the run once a table passes the result's row limit.
   *
   * @return a copy with {@code stopsPastResultLimit} set
   */
  public PartialAggregateScan stoppingPastResultLimit() {
    return new PartialAggregateScan(scan, aggregation, scope, true);
  }

  /** The columns of the groups, as the final merge will give them. */
  @Override
  public FrameSchema schema() {
    return aggregation.outputSchema(scan.schema());
  }

  @Override
  public List<PlanTree> children() {
    return List.of(scan);
  }

  @Override
  public String describe() {
    return "PartialAggregate " + aggregation + ", one table per worker (handed on early past its budget)"
        + (stopsPastResultLimit ? "; a table past the result's row limit stops the run" : "");
  }
}
