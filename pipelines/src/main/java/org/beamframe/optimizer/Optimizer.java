package org.beamframe.optimizer;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.beamframe.physical.PhysicalNode;
import org.beamframe.physical.PhysicalSink;
import org.beamframe.plan.CollectNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.SortNode;
import org.beamframe.plan.PlanPrinter;

/**
 * Ordered logical rules applied once each (every rewrite must keep the plan's output schema), then
 * the physical planner, which decides how each step runs.
 */
public final class Optimizer {
  /** The rules and strategies BeamFrame applies, in order. */
  public static final Optimizer DEFAULT = new Optimizer(List.of(
      new PivotByConditionalAggregation(),
      new SortAtTheEnd(),
      new RemoveUnusedAssignments(),
      new PushFiltersDown(),
      new MergeAdjacentFilters(),
      new PushProjectionIntoRead(),
      new FuseRowSteps()), PhysicalPlanner.DEFAULT);
  /** No rule, and the plain way for every step: the plan runs as written. */
  public static final Optimizer AS_WRITTEN = new Optimizer(List.of(), PhysicalPlanner.PLAIN);

  private final List<OptimizerRule> rules;
  private final PhysicalPlanner planner;

  /**
   * These rules, then BeamFrame's physical strategies ({@link PhysicalPlanner#DEFAULT}).
   *
   * @param rules the logical rules, applied once each in this order; copied
   */
  public Optimizer(List<OptimizerRule> rules) {
    this(rules, PhysicalPlanner.DEFAULT);
  }

  private Optimizer(List<OptimizerRule> rules, PhysicalPlanner planner) {
    this.rules = List.copyOf(rules);
    this.planner = planner;
  }

  /**
   * The logical rules, in the order they are applied.
   *
   * @return the rules; immutable
   */
  public List<OptimizerRule> rules() {
    return rules;
  }

  /**
   * The logical plan rewritten by every rule, each applied once, in order, to the previous rule's result.
   *
   * @param root the logical plan, with or without a sink
   * @return the rewritten plan; {@code root} itself when no rule changed anything
   * @throws IllegalStateException if a rule changed the plan's output schema (a bug in that rule)
   */
  public PlanNode optimize(PlanNode root) {
    PlanNode plan = root;
    for (OptimizerRule rule : rules) {
      Optional<PlanNode> rewritten = rule.apply(plan);
      if (rewritten.isPresent()) {
        if (!rewritten.get().schema().equals(plan.schema())) {
          throw new IllegalStateException("optimizer rule " + rule.name() + " changed the plan's output schema from "
              + plan.schema() + " to " + rewritten.get().schema() + "; this is a bug in the rule");
        }
        plan = rewritten.get();
      }
    }
    return plan;
  }

  /**
   * What runs for {@code root}, which ends in a sink: the optimized plan, made physical.
   *
   * @param root a logical plan ending in a {@link org.beamframe.plan.CollectNode} or
   *     {@link org.beamframe.plan.WriteCsvNode}
   * @return the physical plan, its root the sink
   * @throws IllegalArgumentException if {@code root} ends in no sink, or a step cannot be planned (e.g.
   *     a {@code head} that is not the result's last step)
   * @throws IllegalStateException if shards are asked of sorted rows
   */
  public PhysicalSink physicalPlan(PlanNode root) {
    return planner.plan(optimize(root));
  }

  /**
   * What runs for the rows of {@code frame} inside a Beam pipeline of one's own (no sink: they are
   * a PCollection): optimized as for {@code compute()}, made physical. A PCollection has no order,
   * so a frame sorted by sort_values is refused (nlargest's rows are a PCollection like any other).
   *
   * @param frame the frame's logical plan, without a sink
   * @return the physical plan of its rows
   * @throws IllegalStateException if the optimized frame ends in a sort
   * @throws IllegalArgumentException if a step cannot be planned, e.g. a {@code head}
   */
  public PhysicalNode physicalRows(PlanNode frame) {
    PlanNode rows = optimize(new CollectNode(frame)).children().get(0);
    if (rows instanceof SortNode) {
      throw new IllegalStateException("this frame is sorted, and a PCollection has no order: sort where its rows "
          + "are gathered (compute(), toCsv), or drop the sort_values before toPCollection");
    }
    return planner.rows(rows);
  }

  /**
   * The plan of a frame as written, as optimized, and as it would run for {@code compute()}:
   * indented trees, each node with its columns and dtypes. Runs nothing.
   *
   * @param frame the frame's logical plan, without a sink
   * @return three sections, {@code logical plan:}, {@code optimized plan:} and {@code physical plan:},
   *     each in {@link PlanPrinter}'s format
   */
  public String explain(PlanNode frame) {
    return explain(frame, CollectNode::new);
  }

  /**
   * As {@link #explain(PlanNode)}, for the sink {@code sink} makes of the frame, e.g. a file: what that run runs.
   *
   * @param frame the frame's logical plan, without a sink
   * @param sink puts the sink on top of a plan, e.g. {@code plan -> new WriteCsvNode(plan, path, false, false)}
   * @return the three plans as text; the physical one ends in that sink
   */
  public String explain(PlanNode frame, UnaryOperator<PlanNode> sink) {
    return "logical plan:\n" + PlanPrinter.explain(frame) + "optimized plan:\n" + PlanPrinter.explain(optimize(frame))
        + "physical plan:\n" + PlanPrinter.explain(physicalPlan(sink.apply(frame)));
  }
}
