package org.beamframe.lowering;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggSpec;
import org.beamframe.plan.AggregateNode;
import org.beamframe.plan.AssignNode;
import org.beamframe.plan.ConcatNode;
import org.beamframe.plan.FilterNode;
import org.beamframe.plan.JoinHow;
import org.beamframe.plan.JoinNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.ReadCsvNode;
import org.beamframe.plan.RowsNode;
import org.beamframe.plan.SelectNode;
import org.beamframe.plan.TopNode;
import org.beamframe.rows.RowProgram;
import org.beamframe.transforms.AggregateBy;
import org.beamframe.transforms.AggregateCsv;
import org.beamframe.transforms.AssignColumns;
import org.beamframe.transforms.FilterRows;
import org.beamframe.transforms.MergeRows;
import org.beamframe.transforms.ReadCsv;
import org.beamframe.transforms.Reduce;
import org.beamframe.transforms.SelectColumns;
import org.beamframe.transforms.TopRows;
import org.beamframe.transforms.TransformRows;

/**
 * The one place that turns logical plan nodes into Beam transforms, one transform per node; it
 * knows no runner and makes no choices of its own. The optimizer's shapes map to the fused
 * transforms: a row step over a read runs inside the read, and a pre-aggregated aggregation over a
 * read aggregates each split as it is read.
 */
public final class Lowering {
  private final Pipeline pipeline;
  private int steps;

  private Lowering(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Applies the transforms for {@code plan} to {@code pipeline}; returns the plan's output rows. */
  public static PCollection<Row> lower(Pipeline pipeline, PlanNode plan) {
    return new Lowering(pipeline).apply(plan);
  }

  private PCollection<Row> apply(PlanNode node) {
    if (node instanceof ReadCsvNode read) {
      return PBegin.in(pipeline).apply(name(read.describe()), read(read, RowProgram.empty()));
    }
    if (node instanceof RowsNode rows && rows.child() instanceof ReadCsvNode read) {
      return PBegin.in(pipeline).apply(name(read.describe() + " then " + rows.describe()), read(read, rows.program()));
    }
    if (node instanceof AggregateNode aggregate && aggregate.preAggregated()) {
      ReadCsv read = aggregate.child() instanceof RowsNode rows
          ? read((ReadCsvNode) rows.child(), rows.program())
          : read((ReadCsvNode) aggregate.child(), RowProgram.empty());
      AggregateCsv fused = AggregateCsv.of(read, aggregate.keys(), aggregate.aggregations());
      return PBegin.in(pipeline).apply(name(aggregate.describe()), aggregate.dropNullKeys() ? fused : fused.keepingNullKeys());
    }
    if (node instanceof JoinNode join) {
      PCollection<Row> right = apply(join.right());
      return apply(join.left()).apply(name(join.describe()),
          MergeRows.with(right, join.on(), join.how() == JoinHow.LEFT, join.broadcast(), join.schema()));
    }
    if (node instanceof ConcatNode concat) {
      PCollectionList<Row> inputs = PCollectionList.empty(pipeline);
      for (PlanNode input : concat.inputs()) {
        inputs = inputs.and(apply(input));
      }
      return inputs.apply(name(concat.describe()), Flatten.pCollections());
    }
    PCollection<Row> input = apply(node.children().get(0));
    if (node instanceof RowsNode rows) {
      return input.apply(name(rows.describe()), TransformRows.of(rows.program()));
    }
    if (node instanceof AssignNode assign) {
      return input.apply(name(assign.describe()), AssignColumns.of(assign.name(), assign.expr()));
    }
    if (node instanceof FilterNode filter) {
      return input.apply(name(filter.describe()), FilterRows.where(filter.predicate()));
    }
    if (node instanceof SelectNode select) {
      return input.apply(name(select.describe()), SelectColumns.of(select.columns()));
    }
    if (node instanceof TopNode top) {
      return input.apply(name(top.describe()),
          top.largest() ? TopRows.largest(top.n(), top.column()) : TopRows.smallest(top.n(), top.column()));
    }
    AggregateNode aggregate = (AggregateNode) node;
    if (aggregate.keys().isEmpty()) {
      return input.apply(name(aggregate.describe()), Reduce.of(aggregate.aggregations()));
    }
    AggregateBy byKeys = AggregateBy.keys(aggregate.keys()).aggregate(aggregate.aggregations().toArray(new AggSpec[0]));
    return input.apply(name(aggregate.describe()), aggregate.dropNullKeys() ? byKeys : byKeys.keepingNullKeys());
  }

  private static ReadCsv read(ReadCsvNode read, RowProgram program) {
    return ReadCsv.from(read.source()).withColumns(read.columns()).withProgram(program);
  }

  /** Step names must be unique in a pipeline; a sequence number keeps them so and readable. */
  private String name(String description) {
    steps++;
    return steps + " " + description;
  }
}
