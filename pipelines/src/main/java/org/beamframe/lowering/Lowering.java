package org.beamframe.lowering;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggSpec;
import org.beamframe.plan.AggregateNode;
import org.beamframe.plan.AssignNode;
import org.beamframe.plan.FilterNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.ReadCsvNode;
import org.beamframe.plan.SelectNode;
import org.beamframe.rows.AssignStep;
import org.beamframe.rows.FilterStep;
import org.beamframe.rows.RowProgram;
import org.beamframe.rows.RowStep;
import org.beamframe.rows.SelectStep;
import org.beamframe.transforms.AggregateBy;
import org.beamframe.transforms.AggregateCsv;
import org.beamframe.transforms.ReadCsv;
import org.beamframe.transforms.Reduce;
import org.beamframe.transforms.TransformRows;

/**
 * The one place that turns logical plan nodes into Beam transforms. Knows no runner. Runs of
 * row-level nodes (assign, filter, select) become one row program; over a CSV read, that program
 * runs inside the read, and an aggregation over such a read pre-aggregates inside it too.
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

  /** A node under a run of row-level nodes, and that run as one program. */
  private record RowChain(PlanNode base, RowProgram program) {
    static RowChain of(PlanNode top) {
      PlanNode node = top;
      java.util.ArrayDeque<RowStep> steps = new java.util.ArrayDeque<>();
      while (true) {
        if (node instanceof AssignNode assign) {
          steps.push(new AssignStep(assign.name(), assign.expr()));
        } else if (node instanceof FilterNode filter) {
          steps.push(new FilterStep(filter.predicate()));
        } else if (node instanceof SelectNode select) {
          steps.push(new SelectStep(select.columns()));
        } else {
          RowProgram program = RowProgram.empty();
          for (RowStep step : steps) {
            program = program.then(step);
          }
          return new RowChain(node, program);
        }
        node = node.children().get(0);
      }
    }

    ReadCsv read() {
      ReadCsvNode read = (ReadCsvNode) base;
      return ReadCsv.from(read.source()).withColumns(read.columns()).withProgram(program);
    }

    String describe() {
      return ((ReadCsvNode) base).describe() + (program.isEmpty() ? "" : " then " + program);
    }
  }

  private PCollection<Row> apply(PlanNode node) {
    if (node instanceof AggregateNode aggregate) {
      RowChain chain = RowChain.of(aggregate.child());
      if (chain.base() instanceof ReadCsvNode) {
        return PBegin.in(pipeline).apply(name(aggregate.describe() + " of " + chain.describe()),
            AggregateCsv.of(chain.read(), aggregate.keys(), aggregate.aggregations()));
      }
      PCollection<Row> input = apply(aggregate.child());
      if (aggregate.keys().isEmpty()) {
        return input.apply(name(aggregate.describe()), Reduce.of(aggregate.aggregations()));
      }
      return input.apply(name(aggregate.describe()),
          AggregateBy.keys(aggregate.keys()).aggregate(aggregate.aggregations().toArray(new AggSpec[0])));
    }
    RowChain chain = RowChain.of(node);
    if (chain.base() instanceof ReadCsvNode) {
      return PBegin.in(pipeline).apply(name(chain.describe()), chain.read());
    }
    return apply(chain.base()).apply(name("Rows " + chain.program()), TransformRows.of(chain.program()));
  }

  /** Step names must be unique in a pipeline; a sequence number keeps them so and readable. */
  private String name(String description) {
    steps++;
    return steps + " " + description;
  }
}
