package org.beamframe.lowering;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.plan.AggregateNode;
import org.beamframe.plan.AssignNode;
import org.beamframe.plan.FilterNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.ReadCsvNode;
import org.beamframe.plan.SelectNode;
import org.beamframe.transforms.AggregateBy;
import org.beamframe.transforms.AssignColumns;
import org.beamframe.transforms.FilterRows;
import org.beamframe.transforms.ReadCsv;
import org.beamframe.transforms.Reduce;
import org.beamframe.transforms.SelectColumns;

/** The one place that turns logical plan nodes into Beam transforms. Knows no runner. */
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
      return PBegin.in(pipeline).apply(name(read.describe()), ReadCsv.from(read.source()).withColumns(read.columns()));
    }
    PCollection<Row> input = apply(node.children().get(0));
    if (node instanceof AssignNode assign) {
      return input.apply(name("Assign " + assign.name()), AssignColumns.of(assign.name(), assign.expr()));
    }
    if (node instanceof FilterNode filter) {
      return input.apply(name("Filter"), FilterRows.where(filter.predicate()));
    }
    if (node instanceof SelectNode select) {
      return input.apply(name("Select"), SelectColumns.of(select.columns()));
    }
    AggregateNode aggregate = (AggregateNode) node;
    if (aggregate.keys().isEmpty()) {
      return input.apply(name("Reduce"), Reduce.of(aggregate.aggregations()));
    }
    return input.apply(name("AggregateBy " + aggregate.keys()),
        AggregateBy.keys(aggregate.keys()).aggregate(aggregate.aggregations().toArray(new org.beamframe.agg.AggSpec[0])));
  }

  /** Step names must be unique in a pipeline; a sequence number keeps them so and readable. */
  private String name(String description) {
    steps++;
    return steps + " " + description;
  }
}
