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
 */
public record PartialAggregateScan(CsvScan scan, Aggregation aggregation, PartialScope scope,
    boolean stopsPastResultLimit) implements PlanTree {
  /** How much input one partial table covers before it is handed to the shuffle. */
  public enum PartialScope {
    /** One table per worker across the splits it reads, handed on early when it reaches its budget of groups. */
    PER_WORKER
  }

  public PartialAggregateScan {
    Objects.requireNonNull(scan, "scan");
    Objects.requireNonNull(scope, "scope");
    aggregation.outputSchema(scan.schema());
  }

  public PartialAggregateScan(CsvScan scan, Aggregation aggregation, PartialScope scope) {
    this(scan, aggregation, scope, false);
  }

  /** This scan, for a result returned to this process: it stops the run once a table passes the result's row limit. */
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
