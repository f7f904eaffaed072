package org.beamframe.optimizer;

import java.util.Optional;
import org.beamframe.physical.Aggregation;
import org.beamframe.physical.FinalAggregate;
import org.beamframe.physical.PartialAggregateScan.PartialScope;
import org.beamframe.physical.PartialAggregateScan;
import org.beamframe.physical.PhysicalNode;
import org.beamframe.plan.AggregateNode;
import org.beamframe.plan.PlanNode;

/**
 * An aggregation straight over a CSV read (and its fused row step) aggregates rows as they are
 * read, into one table per worker, so only partial aggregates — about one per group and worker —
 * enter the shuffle, and a final merge by key hash gives the groups.
 */
final class PreAggregateBeforeShuffle implements PhysicalStrategy {
  @Override
  public Optional<PhysicalNode> plan(PlanNode node, PhysicalPlanner planner) {
    if (!(node instanceof AggregateNode aggregate)) {
      return Optional.empty();
    }
    return planner.scanOf(aggregate.child()).map(scan -> new FinalAggregate(new PartialAggregateScan(scan,
        new Aggregation(aggregate.keys(), aggregate.aggregations(), aggregate.dropNullKeys()), PartialScope.PER_WORKER)));
  }
}
