package org.beamframe.optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamframe.physical.Aggregation;
import org.beamframe.physical.BeamInput;
import org.beamframe.physical.CollectRows;
import org.beamframe.physical.CsvFile;
import org.beamframe.physical.CsvScan;
import org.beamframe.physical.CsvShards;
import org.beamframe.physical.CsvTarget;
import org.beamframe.physical.Describe;
import org.beamframe.physical.FinalAggregate;
import org.beamframe.physical.FirstRowsOfScan;
import org.beamframe.physical.JoinSpec;
import org.beamframe.physical.KeyJoin;
import org.beamframe.physical.LocalCsvFile;
import org.beamframe.physical.LocalRows;
import org.beamframe.physical.PhysicalNode;
import org.beamframe.physical.PhysicalSink;
import org.beamframe.physical.RowSteps;
import org.beamframe.physical.ShuffledAggregate;
import org.beamframe.physical.SortedCsvFile;
import org.beamframe.physical.SortedRunsCsvFile;
import org.beamframe.physical.TopN;
import org.beamframe.physical.Union;
import org.beamframe.physical.WholeInputReduce;
import org.beamframe.plan.AggregateNode;
import org.beamframe.plan.AssignNode;
import org.beamframe.plan.BeamInputNode;
import org.beamframe.plan.CollectNode;
import org.beamframe.plan.ConcatNode;
import org.beamframe.plan.DescribeNode;
import org.beamframe.plan.FilterNode;
import org.beamframe.plan.JoinNode;
import org.beamframe.plan.LimitNode;
import org.beamframe.plan.LocalRowsNode;
import org.beamframe.plan.PivotNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.ReadCsvNode;
import org.beamframe.plan.RowsNode;
import org.beamframe.plan.SelectNode;
import org.beamframe.plan.SortNode;
import org.beamframe.plan.TopNode;
import org.beamframe.plan.WriteCsvNode;
import org.beamframe.rows.AssignStep;
import org.beamframe.rows.FilterStep;
import org.beamframe.rows.RowProgram;
import org.beamframe.rows.SelectStep;
import org.beamframe.types.SortKey;

/**
 * The optimizer's last step: turns an (optimized) logical plan ending in a sink into a physical
 * plan that says how each step runs. Strategies, tried in order, choose how an aggregation or a
 * merge runs; what no strategy takes runs the plain way (every row shuffled).
 */
public final class PhysicalPlanner {
  /** BeamFrame's strategies: partial aggregation inside the read, broadcast of a small right side. */
  public static final PhysicalPlanner DEFAULT =
      new PhysicalPlanner(List.of(new PreAggregateBeforeShuffle(), new BroadcastSmallRightSide()));
  /** The plain way for every node: what runs "as written". */
  public static final PhysicalPlanner PLAIN = new PhysicalPlanner(List.of());

  private final List<PhysicalStrategy> strategies;

  PhysicalPlanner(List<PhysicalStrategy> strategies) {
    this.strategies = List.copyOf(strategies);
  }

  /**
   * The physical plan of {@code root}, which must end in a sink ({@code compute()}, {@code toCsv}, ...).
   * The sink decides how the run ends: rows collected here and sorted by the result's order (or the
   * first rows of a plain read, read here without a pipeline), or files written by the workers; a
   * group-by written sorted by its keys is merged from each worker's key-sorted runs.
   *
   * @param root an optimized logical plan ending in a {@link CollectNode} or {@link WriteCsvNode}
   * @return the physical plan, its root the sink
   * @throws IllegalArgumentException if {@code root} ends in no sink, or a {@code head} is not the
   *     result's last step
   * @throws IllegalStateException if shards are asked of rows that have an order
   */
  public PhysicalSink plan(PlanNode root) {
    if (root instanceof CollectNode collect) {
      return collect(collect.child());
    }
    if (root instanceof WriteCsvNode write) {
      return write(write);
    }
    throw new IllegalArgumentException("a plan to run ends in a sink (compute, toCsv, toCsvShards); this one ends in "
        + root.describe());
  }

  private PhysicalSink collect(PlanNode node) {
    int limit = -1;
    PlanNode rows = node;
    if (node instanceof LimitNode head) {
      limit = head.n();
      rows = head.child();
    }
    List<SortKey> order = resultOrder(rows);
    if (limit >= 0 && order.isEmpty()) {
      Optional<CsvScan> scan = scanOf(rows);
      if (scan.isPresent()) {
        return new FirstRowsOfScan(scan.get(), limit);
      }
    }
    PhysicalNode physical = rows(rows);
    // Each group of a keyed partial aggregation is a result row: a worker's table that holds more
    // groups than compute() may return proves the result too large, long before the run's end.
    if (physical instanceof FinalAggregate aggregate && !aggregate.partials().aggregation().keys().isEmpty()) {
      physical = new FinalAggregate(aggregate.partials().stoppingPastResultLimit());
    }
    return new CollectRows(physical, order, limit);
  }

  private PhysicalSink write(WriteCsvNode write) {
    CsvTarget target = new CsvTarget(write.path(), write.overwrite());
    PlanNode rows = write.child();
    if (write.shards()) {
      if (!rows.order().isEmpty()) {
        throw new IllegalStateException("this frame's result is sorted, and shards are written by the workers in "
            + "parallel, unordered: use toCsv(path) for one sorted file, or toCsvShards before sort_values");
      }
      return new CsvShards(rows(rows), target);
    }
    if (rows instanceof LimitNode) {
      return new LocalCsvFile(collect(rows), target);
    }
    List<SortKey> order = resultOrder(rows);
    if (order.isEmpty()) {
      return new CsvFile(rows(rows), target);
    }
    PhysicalNode physical = rows(rows);
    // A partial aggregation sorted by its own keys needs no shuffle and no gather: its workers' tables
    // become key-sorted runs, merged in order into the file, in bounded memory for any number of groups.
    // Row steps after it run on each merged group, unless they change a key (the order would change).
    PhysicalNode groups = physical;
    RowProgram after = RowProgram.empty();
    if (physical instanceof RowSteps steps && steps.child() instanceof FinalAggregate) {
      after = steps.program();
      groups = steps.child();
    }
    if (groups instanceof FinalAggregate aggregate
        && order.equals(aggregate.partials().aggregation().keys().stream().map(SortKey::ascending).toList())
        && after.steps().stream().noneMatch(step -> step instanceof AssignStep assign
            && aggregate.partials().aggregation().keys().contains(assign.name()))) {
      return new SortedRunsCsvFile(aggregate.partials(), after, target);
    }
    return new SortedCsvFile(physical, order, target);
  }

  /**
   * The order the result comes in: the one asked for (sort_values, nlargest, describe's statistics),
   * else pandas' order of a group-by's (or pivot table's) result by its keys, as long as the keys are
   * still columns.
   */
  static List<SortKey> resultOrder(PlanNode node) {
    if (!node.order().isEmpty()) {
      return node.order();
    }
    PlanNode below = node;
    while (below instanceof AssignNode || below instanceof FilterNode || below instanceof SelectNode
        || below instanceof RowsNode || below instanceof SortNode) {
      below = below.children().get(0);
    }
    if (below instanceof AggregateNode aggregate && !aggregate.keys().isEmpty()
        && node.schema().names().containsAll(aggregate.keys())) {
      return aggregate.keys().stream().map(SortKey::ascending).toList();
    }
    if (below instanceof PivotNode pivot && node.schema().names().containsAll(pivot.index())) {
      return pivot.index().stream().map(SortKey::ascending).toList();
    }
    return List.of();
  }

  /** The node as one CSV scan, when it is a read and its fused row step; empty otherwise. */
  Optional<CsvScan> scanOf(PlanNode node) {
    if (node instanceof ReadCsvNode read) {
      return Optional.of(new CsvScan(read.source(), read.columns(), RowProgram.empty()));
    }
    if (node instanceof RowsNode rows && rows.child() instanceof ReadCsvNode read) {
      return Optional.of(new CsvScan(read.source(), read.columns(), rows.program()));
    }
    return Optional.empty();
  }

  /** How the rows of {@code node} are made. */
  PhysicalNode rows(PlanNode node) {
    for (PhysicalStrategy strategy : strategies) {
      Optional<PhysicalNode> chosen = strategy.plan(node, this);
      if (chosen.isPresent()) {
        return chosen.get();
      }
    }
    Optional<CsvScan> scan = scanOf(node);
    if (scan.isPresent()) {
      return scan.get();
    }
    if (node instanceof LocalRowsNode local) {
      return new LocalRows(local.schema(), local.rows());
    }
    if (node instanceof BeamInputNode input) {
      return new BeamInput(input.source(), input.schema());
    }
    if (node instanceof RowsNode rows) {
      return new RowSteps(rows(rows.child()), rows.program());
    }
    if (node instanceof AssignNode assign) {
      return new RowSteps(rows(assign.child()), RowProgram.of(new AssignStep(assign.name(), assign.expr())));
    }
    if (node instanceof FilterNode filter) {
      return new RowSteps(rows(filter.child()), RowProgram.of(new FilterStep(filter.predicate())));
    }
    if (node instanceof SelectNode select) {
      return new RowSteps(rows(select.child()), RowProgram.of(new SelectStep(select.columns())));
    }
    if (node instanceof SortNode sort) {
      // Realized by the sink: the result is sorted where it is gathered.
      return rows(sort.child());
    }
    if (node instanceof AggregateNode aggregate) {
      PhysicalNode input = rows(aggregate.child());
      return aggregate.keys().isEmpty()
          ? new WholeInputReduce(input, aggregate.aggregations())
          : new ShuffledAggregate(input, new Aggregation(aggregate.keys(), aggregate.aggregations(),
              aggregate.dropNullKeys()));
    }
    if (node instanceof DescribeNode describe) {
      return new Describe(rows(describe.child()), describe.columns());
    }
    if (node instanceof PivotNode pivot) {
      // Not rewritten by the optimizer (the plan as written): the same conditional aggregation.
      return rows(PivotByConditionalAggregation.expand(pivot));
    }
    if (node instanceof TopNode top) {
      return new TopN(rows(top.child()), top.n(), top.column(), top.largest());
    }
    if (node instanceof JoinNode join) {
      return new KeyJoin(rows(join.left()), rows(join.right()), new JoinSpec(join.columns(), join.how(), join.schema()),
          KeyJoin.Movement.SHUFFLED);
    }
    if (node instanceof ConcatNode concat) {
      List<PhysicalNode> inputs = new ArrayList<>();
      concat.inputs().forEach(input -> inputs.add(rows(input)));
      return new Union(inputs);
    }
    if (node instanceof LimitNode) {
      throw new IllegalArgumentException("limit(n) (head) is a result's last step: call it just before compute() or "
          + "toCsv(), or use nlargest(n, col) to keep the top rows inside a plan");
    }
    throw new IllegalArgumentException(node.describe() + " ends a plan and cannot feed another step");
  }
}
