package org.beamframe.transforms;

import static org.beamframe.expr.Expressions.col;
import static org.beamframe.expr.Expressions.lit;
import static org.beamframe.expr.Expressions.toNumeric;
import static org.beamframe.transforms.TestData.counter;
import static org.beamframe.transforms.TestData.readCounter;
import static org.beamframe.transforms.TestData.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.agg.TooManyGroupsException;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.expr.Errors;
import org.beamframe.rows.AssignStep;
import org.beamframe.rows.FilterStep;
import org.beamframe.rows.RowProgram;
import org.beamframe.rows.SelectStep;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Reading with a row program, and reading with pre-aggregation, against hand-computed results. */
@ExtendWith(TestPipelineExtension.class)
class AggregateCsvTest {
  private static final RowProgram PROGRAM = RowProgram.of(
      new AssignStep("factor", toNumeric(col("factor"), Errors.COERCE)),
      new FilterStep(col("measure").eq(lit("TAB"))),
      new AssignStep("grams", col("weight").mul(col("factor"))),
      new SelectStep(List.of("state", "grams")));
  private static final FrameSchema GROUPED = FrameSchema.of(
      new FrameField("state", DType.OBJECT), new FrameField("grams", DType.FLOAT64), new FrameField("n", DType.INT64));

  @TempDir Path dir;
  private ReadCsv read;

  @BeforeEach
  void shipments() throws IOException {
    Path file = Files.writeString(dir.resolve("shipments.csv"),
        "state,weight,factor,measure\n"
            + "OH,2.0,1.5,TAB\n"      // OH 3.0
            + "OH,4.0,unk,TAB\n"      // OH: factor coerced, grams missing
            + "OH,9.0,1,CAP\n"        // filtered
            + "WV,1.0,0.5,TAB\n"      // WV 0.5
            + ",8.0,2,TAB\n"          // missing key
            + "WV,3.0,2,TAB\n");      // WV 6.0
    read = ReadCsv.from(file.toString()).withSplitBytes(16).withProgram(PROGRAM);
  }

  @Test
  void readRunsTheProgramOnEachRecord(TestPipeline pipeline) {
    FrameSchema schema = FrameSchema.of(new FrameField("state", DType.OBJECT), new FrameField("grams", DType.FLOAT64));
    PAssert.that(pipeline.apply(read)).containsInAnyOrder(
        row(schema, "OH", 3.0), row(schema, "OH", null), row(schema, "WV", 0.5), row(schema, null, 16.0),
        row(schema, "WV", 6.0));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(6, readCounter(result, BeamFrameMetrics.ROWS_READ));
    assertEquals(1, readCounter(result, BeamFrameMetrics.ROWS_FILTERED));
  }

  @Test
  void preAggregatedReadEqualsReadThenAggregate(TestPipeline pipeline) {
    List<AggSpec> specs = List.of(AggSpec.sum("grams"), AggSpec.count("grams").as("n"));
    PAssert.that(pipeline.apply("Fused", AggregateCsv.of(read, List.of("state"), specs)))
        .containsInAnyOrder(row(GROUPED, "OH", 3.0, 1L), row(GROUPED, "WV", 6.5, 2L));
    PAssert.that(pipeline.apply("Read", read).apply("Aggregate", AggregateBy.keys("state").aggregate(specs.toArray(new AggSpec[0]))))
        .containsInAnyOrder(row(GROUPED, "OH", 3.0, 1L), row(GROUPED, "WV", 6.5, 2L));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(12, readCounter(result, BeamFrameMetrics.ROWS_READ));
    assertEquals(1, readCounter(result, BeamFrameMetrics.ROWS_NULL_KEY));
    assertEquals(1, counter(result, BeamFrameMetrics.ROWS_NULL_KEY));
    assertEquals(12, readCounter(result, BeamFrameMetrics.ROWS_OUT) + readCounter(result, BeamFrameMetrics.ROWS_FILTERED)
        + readCounter(result, BeamFrameMetrics.ROWS_NULL_KEY));
  }

  @Test
  void aWorkerTableOfOneGroupIsFlushedAtEveryNewGroupAndGivesTheSameGroups(TestPipeline pipeline) {
    pipeline.getOptions().as(BeamFrameOptions.class).setPartialGroupsBudget(1);
    List<AggSpec> specs = List.of(AggSpec.sum("grams"), AggSpec.count("grams").as("n"));
    PAssert.that(pipeline.apply(AggregateCsv.of(read, List.of("state"), specs)))
        .containsInAnyOrder(row(GROUPED, "OH", 3.0, 1L), row(GROUPED, "WV", 6.5, 2L));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    // By hand: 4 rows with a key pass the filter, each one the group its table holds: 4 flushes, 4 partials.
    assertEquals(4, counter(result, BeamFrameMetrics.EARLY_FLUSHES));
    assertEquals(4, counter(result, BeamFrameMetrics.SHUFFLE_ELEMENTS));
  }

  @Test
  void aWorkerTablePastTheResultsRowLimitStopsTheRun(TestPipeline pipeline) {
    List<AggSpec> specs = List.of(AggSpec.sum("grams"));
    pipeline.apply(PreAggregateCsv.of(read, List.of("state"), specs).stoppingPast(1));
    // Two states pass the filter: the one table holds two groups, one more than the limit.
    Pipeline.PipelineExecutionException stopped = assertThrows(Pipeline.PipelineExecutionException.class,
        () -> pipeline.run().waitUntilFinish());
    assertEquals(new TooManyGroupsException(1).getMessage(), stopped.getCause().getMessage());
  }

  @Test
  void aWorkerTableAtTheLimitOrFlushedBelowItRunsOn(TestPipeline pipeline) {
    List<AggSpec> specs = List.of(AggSpec.sum("grams"), AggSpec.count("grams").as("n"));
    PreAggregateCsv atTheLimit = PreAggregateCsv.of(read, List.of("state"), specs).stoppingPast(2);
    PAssert.that(pipeline.apply("AtTheLimit", atTheLimit)
            .apply("MergeAtTheLimit", MergePartialAggregates.of(atTheLimit.rowSchema(), List.of("state"), specs)))
        .containsInAnyOrder(row(GROUPED, "OH", 3.0, 1L), row(GROUPED, "WV", 6.5, 2L));
    // A budget of one group flushes the table before it can hold two: the limit of one cannot be seen
    // there (the result's own guard catches it at the end), and the partial groups are all still right.
    pipeline.getOptions().as(BeamFrameOptions.class).setPartialGroupsBudget(1);
    PreAggregateCsv flushed = PreAggregateCsv.of(read, List.of("state"), specs).stoppingPast(1);
    PAssert.that(pipeline.apply("Flushed", flushed)
            .apply("MergeFlushed", MergePartialAggregates.of(flushed.rowSchema(), List.of("state"), specs)))
        .containsInAnyOrder(row(GROUPED, "OH", 3.0, 1L), row(GROUPED, "WV", 6.5, 2L));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void preAggregatedReadWithoutKeysIsAReduction(TestPipeline pipeline) {
    FrameSchema reduced = FrameSchema.of(new FrameField("grams", DType.FLOAT64));
    PAssert.that(pipeline.apply(AggregateCsv.of(read, List.of(), List.of(AggSpec.max("grams")))))
        .containsInAnyOrder(row(reduced, 16.0));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void firstAndLastOfTheFirstRowsFollowTheFilesOrder(TestPipeline pipeline) throws IOException {
    Files.writeString(dir.resolve("part-1.csv"), "state,buyer\nOH,a\nWV,b\n");
    Files.writeString(dir.resolve("part-2.csv"), "buyer,state\nc,OH\nd,WV\ne,OH\n");
    Files.writeString(dir.resolve("part-3.csv"), "state,buyer\nOH,f\n");
    ReadCsv firstFour = ReadCsv.from(dir + "/part-*.csv").withOptions(CsvReadOptions.defaults().withNrows(4));
    FrameSchema schema = FrameSchema.of(new FrameField("state", DType.OBJECT), new FrameField("first", DType.OBJECT),
        new FrameField("last", DType.OBJECT), new FrameField("n", DType.INT64));
    // The first four rows: OH a, WV b, OH c, WV d (e and f are not read).
    PAssert.that(pipeline.apply(AggregateCsv.of(firstFour, List.of("state"), List.of(
            new AggSpec("first", AggFunction.FIRST, "buyer"), new AggSpec("last", AggFunction.LAST, "buyer"),
            new AggSpec("n", AggFunction.SIZE, "buyer")))))
        .containsInAnyOrder(row(schema, "OH", "a", "c", 2L), row(schema, "WV", "b", "d", 2L));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(4, readCounter(result, BeamFrameMetrics.ROWS_READ));
  }
}
