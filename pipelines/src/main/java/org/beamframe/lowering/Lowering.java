package org.beamframe.lowering;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.PartialGroups;
import org.beamframe.physical.Aggregation;
import org.beamframe.physical.BeamInput;
import org.beamframe.physical.CsvScan;
import org.beamframe.physical.Describe;
import org.beamframe.physical.FinalAggregate;
import org.beamframe.physical.JoinSpec;
import org.beamframe.physical.KeyJoin;
import org.beamframe.physical.LocalRows;
import org.beamframe.physical.PartialAggregateScan;
import org.beamframe.physical.PhysicalNode;
import org.beamframe.physical.PhysicalVisitor;
import org.beamframe.physical.RowSteps;
import org.beamframe.physical.ShuffledAggregate;
import org.beamframe.physical.SortedRunsCsvFile;
import org.beamframe.physical.TopN;
import org.beamframe.physical.Union;
import org.beamframe.physical.WholeInputReduce;
import org.beamframe.transforms.AggregateBy;
import org.beamframe.transforms.AggregateCsvToSortedFile;
import org.beamframe.transforms.BeamSchemas;
import org.beamframe.transforms.DescribeColumns;
import org.beamframe.transforms.MergePartialAggregates;
import org.beamframe.transforms.MergeRows;
import org.beamframe.transforms.PreAggregateCsv;
import org.beamframe.transforms.ReadCsv;
import org.beamframe.transforms.Reduce;
import org.beamframe.transforms.TopRows;
import org.beamframe.transforms.TransformRows;

/**
 * The one place that turns physical plan nodes into Beam transforms: each node becomes one
 * transform, applied to what its inputs became. It knows no runner and makes no choices.
 */
public final class Lowering implements PhysicalVisitor<PCollection<Row>> {
  private final Pipeline pipeline;
  private final long maxResultRows;
  private int steps;

  private Lowering(Pipeline pipeline, long maxResultRows) {
    this.pipeline = pipeline;
    this.maxResultRows = maxResultRows;
  }

  /**
   * Applies the transforms for {@code plan} to {@code pipeline}; returns the plan's output rows.
   * {@code maxResultRows} is the row limit of a result returned to this process, for the steps
   * the plan says stop past it. Nothing runs: the caller runs the pipeline.
   *
   * @param pipeline the pipeline to apply the transforms to
   * @param plan the physical plan of the rows, without a sink
   * @param maxResultRows the row limit a partial aggregation marked {@code stopsPastResultLimit}
   *     stops at; {@code Long.MAX_VALUE} for none
   * @return the plan's rows, with BeamFrame's Beam schema set
   * @throws IllegalArgumentException if the plan reads a PCollection of another pipeline
   */
  public static PCollection<Row> lower(Pipeline pipeline, PhysicalNode plan, long maxResultRows) {
    return plan.accept(new Lowering(pipeline, maxResultRows));
  }

  /**
   * A {@code ReadCsv} of the scan's columns with its row program.
   *
   * @param scan the read
   * @return the rows read
   */
  @Override
  public PCollection<Row> csvScan(CsvScan scan) {
    return PBegin.in(pipeline).apply(name(scan.describe()), read(scan));
  }

  /**
   * Beam's {@code Create} of the rows, with their Beam schema.
   *
   * @param rows the rows held here
   * @return the rows as a PCollection
   */
  @Override
  public PCollection<Row> localRows(LocalRows rows) {
    Schema schema = BeamSchemas.toBeam(rows.schema());
    return pipeline.apply(name(rows.describe()), Create.of(BeamSchemas.rows(schema, rows.rows())).withRowSchema(schema));
  }

  /**
   * The input's rows, under the schema BeamFrame gives them (every field nullable, as in pandas):
   * a step's output schema is then the same whether the input came from a PCollection or a file.
   *
   * @param input the PCollection input
   * @return its rows under BeamFrame's schema
   * @throws IllegalArgumentException if the PCollection belongs to another pipeline than the one lowered into
   */
  @Override
  public PCollection<Row> beamInput(BeamInput input) {
    @SuppressWarnings("unchecked") // a RowSource's collection is a PCollection<Row> (plans name no Beam type)
    PCollection<Row> rows = (PCollection<Row>) input.source().collection();
    if (rows.getPipeline() != pipeline) {
      throw new IllegalArgumentException("this frame reads " + input.source().describe() + ", a PCollection of "
          + "another pipeline: apply the frame in that pipeline (toPCollection, BeamFrame.transform); compute() "
          + "and toCsv run a pipeline of their own");
    }
    Schema schema = BeamSchemas.toBeam(input.schema());
    return rows.apply(name(input.describe()), MapElements.into(TypeDescriptors.rows())
        .via((Row row) -> Row.withSchema(schema).addValues(row.getValues()).build()))
        .setRowSchema(schema);
  }

  /**
   * The input's rows through {@code TransformRows} of the steps' program.
   *
   * @param steps the row steps
   * @return the rows after the steps
   */
  @Override
  public PCollection<Row> rowSteps(RowSteps steps) {
    return steps.child().accept(this).apply(name(steps.describe()), TransformRows.of(steps.program()));
  }

  /**
   * A {@code PreAggregateCsv} (the read, aggregated into partial tables per worker), then
   * {@code MergePartialAggregates} by key hash.
   *
   * @param aggregate the partial-then-final aggregation
   * @return one row per group, keys first
   */
  @Override
  public PCollection<Row> finalAggregate(FinalAggregate aggregate) {
    Aggregation spec = aggregate.partials().aggregation();
    return partials(aggregate.partials()).apply(name(aggregate.describe()),
        MergePartialAggregates.of(aggregate.partials().scan().schema(), spec.keys(), spec.aggregations()));
  }

  private PCollection<KV<Integer, PartialGroups>> partials(PartialAggregateScan partial) {
    Aggregation spec = partial.aggregation();
    PreAggregateCsv partials = PreAggregateCsv.of(read(partial.scan()), spec.keys(), spec.aggregations());
    partials = spec.dropNullKeys() ? partials : partials.keepingNullKeys();
    return PBegin.in(pipeline).apply(name(partial.scan().describe() + " then " + partial.describe()),
        partial.stopsPastResultLimit() ? partials.stoppingPast(maxResultRows) : partials);
  }

  /**
   * {@code AggregateBy} the keys over the input's rows.
   *
   * @param aggregate the aggregation
   * @return one row per group, keys first
   */
  @Override
  public PCollection<Row> shuffledAggregate(ShuffledAggregate aggregate) {
    Aggregation spec = aggregate.aggregation();
    AggregateBy byKeys = AggregateBy.keys(spec.keys()).aggregate(spec.aggregations().toArray(new AggSpec[0]));
    return aggregate.child().accept(this).apply(name(aggregate.describe()),
        spec.dropNullKeys() ? byKeys : byKeys.keepingNullKeys());
  }

  /**
   * {@code Reduce} of the input's rows.
   *
   * @param reduce the reductions
   * @return one row
   */
  @Override
  public PCollection<Row> wholeInputReduce(WholeInputReduce reduce) {
    return reduce.child().accept(this).apply(name(reduce.describe()), Reduce.of(reduce.aggregations()));
  }

  /**
   * {@code DescribeColumns} of the input's rows.
   *
   * @param describe the columns described
   * @return one row per statistic
   */
  @Override
  public PCollection<Row> describe(Describe describe) {
    return describe.child().accept(this).apply(name(describe.describe()), DescribeColumns.of(describe.columns()));
  }

  /**
   * {@code MergeRows} of the left rows with the right rows, shuffled or with the right side broadcast,
   * as the node says.
   *
   * @param join the merge
   * @return the merged rows
   */
  @Override
  public PCollection<Row> keyJoin(KeyJoin join) {
    PCollection<Row> rightRows = join.right().accept(this);
    JoinSpec spec = join.join();
    MergeRows merge = MergeRows.with(rightRows, spec.columns().leftOn(), spec.columns().rightOn(), spec.output())
        .keepingUnmatched(spec.how().keepsUnmatchedLeft(), spec.how().keepsUnmatchedRight());
    if (join.movement() == KeyJoin.Movement.RIGHT_SIDE_BROADCAST) {
      merge = merge.broadcastingRight();
    }
    return join.left().accept(this).apply(name(join.describe()), merge);
  }

  /**
   * {@code TopRows}: the largest or smallest n rows by the column.
   *
   * @param top the selection
   * @return at most n rows
   */
  @Override
  public PCollection<Row> topN(TopN top) {
    return top.child().accept(this).apply(name(top.describe()),
        top.largest() ? TopRows.largest(top.n(), top.column()) : TopRows.smallest(top.n(), top.column()));
  }

  /**
   * Beam's {@code Flatten} of every input's rows.
   *
   * @param union the inputs
   * @return all their rows
   */
  @Override
  public PCollection<Row> union(Union union) {
    PCollectionList<Row> inputs = PCollectionList.empty(pipeline);
    for (PhysicalNode input : union.inputs()) {
      inputs = inputs.and(input.accept(this));
    }
    return inputs.apply(name(union.describe()), Flatten.pCollections());
  }

  /**
   * The transform for a {@link SortedRunsCsvFile}: its partial aggregation writes the sorted file at
   * exactly {@code path}, with run files in {@code runDirectory}.
   *
   * @param sink the sink: the partial aggregation, the row steps after it and the target
   * @param path where the sorted file is written (the caller's temporary name, moved into place after the run)
   * @param runDirectory a directory every worker reaches, for the key-sorted run files
   * @return the transform to apply to the pipeline's begin; it yields no rows
   */
  public static AggregateCsvToSortedFile sortedRuns(SortedRunsCsvFile sink, String path, String runDirectory) {
    Aggregation spec = sink.partials().aggregation();
    AggregateCsvToSortedFile write = AggregateCsvToSortedFile.of(read(sink.partials().scan()), spec.keys(),
        spec.aggregations(), path, runDirectory);
    write = spec.dropNullKeys() ? write : write.keepingNullKeys();
    return sink.after().isEmpty() ? write : write.withStepsAfter(sink.after());
  }

  private static ReadCsv read(CsvScan scan) {
    return ReadCsv.from(scan.source()).withColumns(scan.columns()).withProgram(scan.program());
  }

  /** Step names must be unique in a pipeline; a sequence number keeps them so and readable. */
  private String name(String description) {
    steps++;
    return steps + " " + description;
  }
}
