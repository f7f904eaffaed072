package org.beamframe.optimizer;

import static org.beamframe.expr.Expressions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.beamframe.BeamFrame;
import org.beamframe.DataFrame;
import org.beamframe.plan.PlanPrinter;
import org.beamframe.plan.SelectNode;
import org.beamframe.types.SortKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule on explain text: the plan before and after, or no change. Plain Java, no runner. */
class OptimizerTest {
  @TempDir Path dir;
  private DataFrame df;
  private String read;

  @BeforeEach
  void shipments() throws IOException {
    Path file = Files.writeString(dir.resolve("s.csv"), "a,b,c,d\n1,2.5,x,TAB\n");
    df = BeamFrame.readCsv(file.toString());
    read = "ReadCsv " + file + " (1 file) parses ";
  }

  private static String optimized(OptimizerRule rule, DataFrame frame) {
    return PlanPrinter.explain(new Optimizer(List.of(rule)).optimize(frame.plan()));
  }

  @Test
  void removeUnusedAssignmentsDropsANewColumnNothingReads() {
    DataFrame frame = df.assign("unused", col("a").add(1)).assign("g", col("b").mul(2)).select("c", "g");
    assertEquals("""
        Select [c, g]
          -> c: object, g: float64
          Assign g = (b * 2)
            -> a: int64, b: float64, c: object, d: object, g: float64
            %s4 of 4 columns
              -> a: int64, b: float64, c: object, d: object
        """.formatted(read), optimized(new RemoveUnusedAssignments(), frame));
    assertEquals(Optional.empty(), new RemoveUnusedAssignments().apply(df.assign("g", col("b").mul(2)).plan()));
  }

  @Test
  void filtersMoveBelowAssignmentsThatDoNotFeedThemAndBelowSelections() {
    DataFrame frame = df.assign("g", col("b").mul(2)).select("g", "d").filter(col("d").eq("TAB"));
    assertEquals("""
        Select [g, d]
          -> g: float64, d: object
          Assign g = (b * 2)
            -> a: int64, b: float64, c: object, d: object, g: float64
            Filter (d == 'TAB')
              -> a: int64, b: float64, c: object, d: object
              %s4 of 4 columns
                -> a: int64, b: float64, c: object, d: object
        """.formatted(read), optimized(new PushFiltersDown(), frame));
    DataFrame feeds = df.assign("g", col("b").mul(2)).filter(col("g").gt(1));
    assertEquals(Optional.empty(), new PushFiltersDown().apply(feeds.plan()));
  }

  @Test
  void adjacentFiltersMerge() {
    DataFrame frame = df.filter(col("d").eq("TAB")).filter(col("a").gt(0));
    assertEquals("""
        Filter ((d == 'TAB') & (a > 0))
          -> a: int64, b: float64, c: object, d: object
          %s4 of 4 columns
            -> a: int64, b: float64, c: object, d: object
        """.formatted(read), optimized(new MergeAdjacentFilters(), frame));
    assertEquals(Optional.empty(), new MergeAdjacentFilters().apply(df.filter(col("a").gt(0)).plan()));
  }

  @Test
  void theReadParsesOnlyTheColumnsDownstreamReads() {
    DataFrame frame = df.filter(col("d").eq("TAB")).groupby("c").col("b").sum();
    assertEquals("""
        Aggregate by [c] [b=sum(b)]
          -> c: object, b: float64
          Filter (d == 'TAB')
            -> b: float64, c: object, d: object
            %s3 of 4 columns
              -> b: float64, c: object, d: object
        """.formatted(read), optimized(new PushProjectionIntoRead(), frame));
    // A column replaced in place keeps its place, so it is still read.
    assertEquals(Optional.empty(), new PushProjectionIntoRead().apply(df.assign("b", col("a").mul(2)).plan()));
  }

  @Test
  void rowStepsFuseIntoOne() {
    DataFrame frame = df.assign("g", col("b").mul(2)).filter(col("d").eq("TAB")).select("c", "g").groupby("c").col("g").sum();
    assertEquals("""
        Aggregate by [c] [g=sum(g)]
          -> c: object, g: float64
          Rows (one fused step): Assign g = (b * 2); Filter (d == 'TAB'); Select [c, g]
            -> c: object, g: float64
            %s4 of 4 columns
              -> a: int64, b: float64, c: object, d: object
        """.formatted(read), optimized(new FuseRowSteps(), frame));
    assertEquals(Optional.empty(), new FuseRowSteps().apply(df.groupby("c").col("b").sum().plan()));
  }

  @Test
  void aSortMovesAboveTheRowStepsWrittenAfterIt() {
    DataFrame frame = df.sortValues(SortKey.descending("b")).filter(col("d").eq("TAB")).assign("g", col("b").mul(2));
    assertEquals("""
        Sort by [b desc]
          -> a: int64, b: float64, c: object, d: object, g: float64
          Assign g = (b * 2)
            -> a: int64, b: float64, c: object, d: object, g: float64
            Filter (d == 'TAB')
              -> a: int64, b: float64, c: object, d: object
              %s4 of 4 columns
                -> a: int64, b: float64, c: object, d: object
        """.formatted(read), optimized(new SortAtTheEnd(), frame));
    assertEquals(Optional.empty(), new SortAtTheEnd().apply(df.filter(col("a").gt(0)).sortValues(SortKey.ascending("a")).plan()));
  }

  @Test
  void theWholeOptimizerReadsOnlyNeededColumnsInOneFusedStep() {
    DataFrame frame = df.assign("g", col("b").mul(2)).assign("unused", col("a")).select("c", "g")
        .groupby("c").col("g").sum();
    assertEquals("""
        Aggregate by [c] [g=sum(g)]
          -> c: object, g: float64
          Rows (one fused step): Assign g = (b * 2); Select [c, g]
            -> c: object, g: float64
            %s2 of 4 columns
              -> b: float64, c: object
        """.formatted(read), PlanPrinter.explain(Optimizer.DEFAULT.optimize(frame.plan())));
  }

  @Test
  void aRuleThatChangesTheOutputSchemaIsCaught() {
    OptimizerRule broken = root -> Optional.of(new SelectNode(root, List.of("a")));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new Optimizer(List.of(broken)).optimize(df.plan()));
    assertTrue(e.getMessage().startsWith("optimizer rule "), e.getMessage());
    assertTrue(e.getMessage().contains("changed the plan's output schema from [a: int64, b: float64, c: object, "
        + "d: object] to [a: int64]; this is a bug in the rule"), e.getMessage());
  }
}
