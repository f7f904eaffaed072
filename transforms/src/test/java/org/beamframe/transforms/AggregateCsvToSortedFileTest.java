package org.beamframe.transforms;

import static org.beamframe.expr.Expressions.col;
import static org.beamframe.expr.Expressions.lit;
import static org.beamframe.transforms.TestData.counter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.rows.FilterStep;
import org.beamframe.rows.SelectStep;
import org.beamframe.rows.RowProgram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group-by written through key-sorted run files: with a budget of one group every row spills a
 * run of its own, and the merge must still give each group once, in key order, as hand-computed.
 */
@ExtendWith(TestPipelineExtension.class)
class AggregateCsvToSortedFileTest {
  private static final List<AggSpec> SPECS = List.of(AggSpec.sum("weight"), AggSpec.count("weight").as("n"),
      AggSpec.of(AggFunction.FIRST, "weight").as("first"), AggSpec.of(AggFunction.SIZE, "weight").as("rows"));

  @TempDir Path dir;
  private ReadCsv read;
  private Path runs;

  @BeforeEach
  void shipments() throws IOException {
    Path file = Files.writeString(dir.resolve("shipments.csv"),
        "state,year,weight,measure\n"
            + "WV,2007,1.0,TAB\n"
            + "OH,2006,2.0,TAB\n"
            + "OH,2007,4.0,TAB\n"
            + "WV,2007,3.0,TAB\n"
            + "OH,2006,5.0,CAP\n"   // filtered
            + ",2006,8.0,TAB\n"     // missing key
            + "OH,2006,6.0,TAB\n"
            + "WV,2006,,TAB\n");    // missing weight
    read = ReadCsv.from(file.toString()).withSplitBytes(16)
        .withDtypes(Map.of("state", "object", "year", "int64", "weight", "float64", "measure", "object"))
        .withProgram(RowProgram.of(new FilterStep(col("measure").eq(lit("TAB")))));
    runs = dir.resolve("runs");
  }

  @Test
  void everyRowItsOwnRunStillGivesEachGroupOnceInKeyOrder(TestPipeline pipeline) throws IOException {
    pipeline.getOptions().as(BeamFrameOptions.class).setPartialGroupsBudget(1);
    Path out = dir.resolve("groups.csv");
    pipeline.apply(AggregateCsvToSortedFile.of(read, List.of("state", "year"), SPECS, out.toString(), runs.toString()));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    // By hand: OH 2006 = 2.0 + 6.0; WV 2006 has no weight (sum 0.0, first missing); the keyless row is dropped.
    assertEquals(List.of("state,year,weight,n,first,rows", "OH,2006,8.0,2,2.0,2", "OH,2007,4.0,1,4.0,1",
        "WV,2006,0.0,0,,1", "WV,2007,4.0,2,1.0,2"), Files.readAllLines(out));
    // Six rows with a key pass the filter, each filling a table of one group: six early flushes, six runs.
    assertEquals(6, counter(result, BeamFrameMetrics.EARLY_FLUSHES));
    try (Stream<Path> written = Files.list(runs)) {
      assertEquals(6, written.count());
    }
  }

  @Test
  void runsBeyondTheFanInAreMergedInPassesFirst(TestPipeline pipeline) throws IOException {
    pipeline.getOptions().as(BeamFrameOptions.class).setPartialGroupsBudget(1);
    Path out = dir.resolve("groups.csv");
    pipeline.apply(AggregateCsvToSortedFile.of(read, List.of("state", "year"), SPECS, out.toString(), runs.toString())
        .withMergeFanIn(2));
    pipeline.run().waitUntilFinish();
    assertEquals(List.of("state,year,weight,n,first,rows", "OH,2006,8.0,2,2.0,2", "OH,2007,4.0,1,4.0,1",
        "WV,2006,0.0,0,,1", "WV,2007,4.0,2,1.0,2"), Files.readAllLines(out));
    // By hand: 6 runs, two at a time -> 3 merged runs -> 2 (one pair merged, one carried) -> the file.
    try (Stream<Path> written = Files.list(runs)) {
      assertEquals(6 + 3 + 1, written.count());
    }
  }

  @Test
  void everyFunctionsStateSurvivesTheRuns(TestPipeline pipeline) throws IOException {
    pipeline.getOptions().as(BeamFrameOptions.class).setPartialGroupsBudget(2);
    Path out = dir.resolve("groups.csv");
    List<AggSpec> specs = List.of(AggSpec.min("weight"), AggSpec.max("weight").as("hi"),
        AggSpec.mean("weight").as("avg"), AggSpec.of(AggFunction.LAST, "weight").as("last"),
        AggSpec.of(AggFunction.NUNIQUE, "weight").as("distinct"), AggSpec.of(AggFunction.VAR, "weight").as("var"),
        AggSpec.of(AggFunction.STD, "weight").as("std"));
    pipeline.apply(AggregateCsvToSortedFile.of(read, List.of("state", "year"), specs, out.toString(), runs.toString()));
    pipeline.run().waitUntilFinish();
    // By hand: OH 2006 = {2, 6}: mean 4, var ((2-4)^2 + (6-4)^2) / 1 = 8, std sqrt(8); OH 2007 = {4};
    // WV 2006 has no weight; WV 2007 = {1, 3}: mean 2, var 2, std sqrt(2); last in file order.
    assertEquals(List.of("state,year,weight,hi,avg,last,distinct,var,std",
        "OH,2006,2.0,6.0,4.0,6.0,2,8.0," + Math.sqrt(8), "OH,2007,4.0,4.0,4.0,4.0,1,,", "WV,2006,,,,,0,,",
        "WV,2007,1.0,3.0,2.0,3.0,2,2.0," + Math.sqrt(2)), Files.readAllLines(out));
  }

  @Test
  void stepsAfterTheGroupByRunOnEachMergedGroupInKeyOrder(TestPipeline pipeline) throws IOException {
    Path out = dir.resolve("groups.csv");
    RowProgram after = RowProgram.of(new FilterStep(col("n").gt(lit(1L))),
        new SelectStep(List.of("state", "year", "weight")));
    pipeline.apply(AggregateCsvToSortedFile.of(read, List.of("state", "year"), SPECS, out.toString(), runs.toString())
        .withStepsAfter(after));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    // By hand: of the four groups only OH 2006 and WV 2007 have two weights; two groups filtered.
    assertEquals(List.of("state,year,weight", "OH,2006,8.0", "WV,2007,4.0"), Files.readAllLines(out));
    assertEquals(2, counter(result, BeamFrameMetrics.ROWS_FILTERED));
  }

  @Test
  void stepsAfterThatDropAKeyAreRefused() {
    AggregateCsvToSortedFile dropsYear = AggregateCsvToSortedFile.of(read, List.of("state", "year"), SPECS,
        dir.resolve("g.csv").toString(), runs.toString())
        .withStepsAfter(RowProgram.of(new SelectStep(List.of("state", "n"))));
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> Pipeline.create().apply(dropsYear));
    assertEquals("the steps after a sorted group-by must keep its keys [state, year], the file's order; they give "
        + "[state, n]", refused.getMessage());
  }

  @Test
  void aMissingKeyKeptIsAGroupSortedLast(TestPipeline pipeline) throws IOException {
    Path out = dir.resolve("groups.csv");
    pipeline.apply(AggregateCsvToSortedFile.of(read, List.of("state", "year"), SPECS, out.toString(), runs.toString())
        .keepingNullKeys());
    pipeline.run().waitUntilFinish();
    assertEquals(List.of("state,year,weight,n,first,rows", "OH,2006,8.0,2,2.0,2", "OH,2007,4.0,1,4.0,1",
        "WV,2006,0.0,0,,1", "WV,2007,4.0,2,1.0,2", "\"\",2006,8.0,1,8.0,1"), Files.readAllLines(out));
  }

  @Test
  void noRowsGiveTheHeaderAlone(TestPipeline pipeline) throws IOException {
    Path out = dir.resolve("groups.csv");
    ReadCsv none = read.withProgram(RowProgram.of(new FilterStep(col("measure").eq(lit("INJ")))));
    pipeline.apply(AggregateCsvToSortedFile.of(none, List.of("state"), SPECS, out.toString(), runs.toString()));
    pipeline.run().waitUntilFinish();
    assertEquals(List.of("state,weight,n,first,rows"), Files.readAllLines(out));
  }
}
