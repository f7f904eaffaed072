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
import org.beamframe.agg.AggFunction;
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
  void aPivotTableBecomesOneConditionalAggregationThatCountsRowsWhereNoneIsNotMissing() {
    // sum of no values is 0, so each value's rows are counted and a cell with none is missing.
    DataFrame sums = df.pivotTable(List.of("c"), "d", "b", AggFunction.SUM, List.of("TAB", "CAP"));
    assertEquals("""
        Rows (one fused step): Assign CAP = CAP.where((_pivot_rows_0 > 0)); Assign TAB = TAB.where((_pivot_rows_1 > 0)); \
        Select [c, CAP, TAB]
          -> c: object, CAP: float64, TAB: float64
          Aggregate by [c] [_pivot_rows_0=count(_pivot_0), CAP=sum(_pivot_0), _pivot_rows_1=count(_pivot_1), \
        TAB=sum(_pivot_1)]
            -> c: object, _pivot_rows_0: int64, CAP: float64, _pivot_rows_1: int64, TAB: float64
            Rows (one fused step): Filter d.notnull(); Assign _pivot_0 = b.fillna(0.0).where((d == 'CAP')); \
        Assign _pivot_1 = b.fillna(0.0).where((d == 'TAB'))
              -> a: int64, b: float64, c: object, d: object, _pivot_0: float64, _pivot_1: float64
              %s4 of 4 columns
                -> a: int64, b: float64, c: object, d: object
        """.formatted(read), optimized(new PivotByConditionalAggregation(), sums));
    // mean of no values is missing: no count, but an index row whose cells are all missing is dropped.
    DataFrame means = df.pivotTable(List.of("c"), "d", "b", AggFunction.MEAN, List.of("TAB", "CAP"));
    assertEquals("""
        Rows (one fused step): Filter (CAP.notnull() | TAB.notnull())
          -> c: object, CAP: float64, TAB: float64
          Aggregate by [c] [CAP=mean(_pivot_0), TAB=mean(_pivot_1)]
            -> c: object, CAP: float64, TAB: float64
            Rows (one fused step): Filter d.notnull(); Assign _pivot_0 = b.where((d == 'CAP')); \
        Assign _pivot_1 = b.where((d == 'TAB'))
              -> b: float64, c: object, d: object, _pivot_0: float64, _pivot_1: float64
              %s3 of 4 columns
                -> b: float64, c: object, d: object
        """.formatted(read), PlanPrinter.explain(Optimizer.DEFAULT.optimize(means.plan())));
    assertEquals(Optional.empty(), new PivotByConditionalAggregation().apply(df.groupby("c").col("b").sum().plan()));
  }

  @Test
  void aDescribeReadsOnlyTheColumnsItDescribes() {
    assertEquals("""
        Describe [a, b]
          -> statistic: object, a: float64, b: float64
          %s2 of 4 columns
            -> a: int64, b: float64
        """.formatted(read), PlanPrinter.explain(Optimizer.DEFAULT.optimize(df.describe().plan())));
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
