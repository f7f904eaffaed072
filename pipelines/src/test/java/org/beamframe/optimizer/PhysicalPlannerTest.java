package org.beamframe.optimizer;

import static org.beamframe.expr.Expressions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beamframe.BeamFrame;
import org.beamframe.DataFrame;
import org.beamframe.agg.AggFunction;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.examples.ArcosData;
import org.beamframe.examples.MorphineEquivalents;
import org.beamframe.plan.CollectNode;
import org.beamframe.plan.JoinHow;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.PlanPrinter;
import org.beamframe.plan.WriteCsvNode;
import org.beamframe.types.SortKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Physical plans on explain text: what runs for each kind of frame and sink, with and without each strategy. */
class PhysicalPlannerTest {
  private static final Path TESTDATA = Path.of("..", "testdata");
  @TempDir Path dir;
  private DataFrame df;
  private DataFrame lookup;
  private String scan;
  private String lookupScan;

  @BeforeEach
  void shipments() throws IOException {
    Path file = Files.writeString(dir.resolve("s.csv"), "a,b,c,d\n1,2.5,x,TAB\n");
    Path small = Files.writeString(dir.resolve("l.csv"), "c,e\nx,7\n");
    df = BeamFrame.readCsv(file.toString());
    lookup = BeamFrame.readCsv(small.toString());
    scan = "CsvScan " + file + " (1 file) in 1 split, parses ";
    lookupScan = "CsvScan " + small + " (1 file) in 1 split, parses ";
  }

  private static String physical(PhysicalPlanner planner, PlanNode sink) {
    return PlanPrinter.explain(planner.plan(Optimizer.DEFAULT.optimize(sink)));
  }

  private static String physical(PlanNode sink) {
    return physical(PhysicalPlanner.DEFAULT, sink);
  }

  @Test
  void theCourseQueryAggregatesInsideTheScanThenMergesAndIsSortedHere() {
    String input = TESTDATA.resolve("arcos-tiny.csv").toString();
    DataFrame course = MorphineEquivalents.byCountyYear(ArcosData.read(input, CsvReadOptions.defaults()));
    assertEquals("""
        Collect, sorted here by [year, BUYER_STATE, BUYER_COUNTY]
          -> year: int64, BUYER_STATE: object, BUYER_COUNTY: object, morphine_equivalent_g: float64
          FinalAggregate by [year, BUYER_STATE, BUYER_COUNTY] [morphine_equivalent_g=sum(morphine_equivalent_g)]: merges partial groups by key hash on every worker
            -> year: int64, BUYER_STATE: object, BUYER_COUNTY: object, morphine_equivalent_g: float64
            PartialAggregate by [year, BUYER_STATE, BUYER_COUNTY] [morphine_equivalent_g=sum(morphine_equivalent_g)], one table per worker (handed on early past its budget); a table past the result's row limit stops the run
              -> year: int64, BUYER_STATE: object, BUYER_COUNTY: object, morphine_equivalent_g: float64
              CsvScan %s (1 file) in 1 split, parses 5 of 42 columns; then per row: Assign date = to_datetime(TRANSACTION_DATE, format='%%m%%d%%Y'); Assign year = date.dt.year; Assign MME_Conversion_Factor = to_numeric(MME_Conversion_Factor, errors='coerce'); Assign morphine_equivalent_g = (CALC_BASE_WT_IN_GM * MME_Conversion_Factor); Select [year, morphine_equivalent_g, BUYER_STATE, BUYER_COUNTY]
                -> year: int64, morphine_equivalent_g: float64, BUYER_STATE: object, BUYER_COUNTY: object
        """.formatted(input), physical(new CollectNode(course.plan())));
  }

  @Test
  void preAggregateBeforeShuffleOnlyOverAScan() {
    DataFrame grouped = df.filter(col("a").gt(0)).groupby("c").col("b").sum();
    String plain = """
        Collect, sorted here by [c]
          -> c: object, b: float64
          ShuffledAggregate by [c] [b=sum(b)]: every row keyed, combined per key
            -> c: object, b: float64
            %s3 of 4 columns; then per row: Filter (a > 0)
              -> a: int64, b: float64, c: object
        """.formatted(scan);
    assertEquals(plain, physical(new PhysicalPlanner(List.of()), new CollectNode(grouped.plan())));
    assertEquals("""
        Collect, sorted here by [c]
          -> c: object, b: float64
          FinalAggregate by [c] [b=sum(b)]: merges partial groups by key hash on every worker
            -> c: object, b: float64
            PartialAggregate by [c] [b=sum(b)], one table per worker (handed on early past its budget); a table past the result's row limit stops the run
              -> c: object, b: float64
              %s3 of 4 columns; then per row: Filter (a > 0)
                -> a: int64, b: float64, c: object
        """.formatted(scan), physical(new PhysicalPlanner(List.of(new PreAggregateBeforeShuffle())),
        new CollectNode(grouped.plan())));
    // An aggregation over a merge does not read CSV itself: the plain way.
    DataFrame overMerge = df.merge(lookup, JoinHow.INNER, "c").groupby("c").col("b").sum();
    assertEquals("""
        Collect, sorted here by [c]
          -> c: object, b: float64
          ShuffledAggregate by [c] [b=sum(b)]: every row keyed, combined per key
            -> c: object, b: float64
            Merge on [c] (inner, shuffled)
              -> b: float64, c: object
              %s2 of 4 columns
                -> b: float64, c: object
              %s1 of 2 columns
                -> c: object
        """.formatted(scan, lookupScan), physical(new PhysicalPlanner(List.of(new PreAggregateBeforeShuffle())),
        new CollectNode(overMerge.plan())));
  }

  @Test
  void broadcastSmallRightSideCopiesASmallRightSideElseBothAreShuffled() {
    PlanNode merged = new CollectNode(df.merge(lookup, JoinHow.LEFT, "c").select("a", "e").plan());
    String shuffled = """
        Collect
          -> a: int64, e: int64
          RowSteps (one step per row): Select [a, e]
            -> a: int64, e: int64
            Merge on [c] (left, shuffled)
              -> a: int64, c: object, e: int64
              %s2 of 4 columns
                -> a: int64, c: object
              %s2 of 2 columns
                -> c: object, e: int64
        """.formatted(scan, lookupScan);
    assertEquals(shuffled, physical(new PhysicalPlanner(List.of()), merged));
    assertEquals(shuffled.replace("(left, shuffled)", "(left, right side broadcast)"),
        physical(new PhysicalPlanner(List.of(new BroadcastSmallRightSide())), merged));
  }

  @Test
  void nlargestKeepsEachWorkersTopRowsAndSortsThemHere() {
    assertEquals("""
        Collect, sorted here by [b desc]
          -> a: int64, b: float64
          TopN largest 3 by b: each worker keeps its 3
            -> a: int64, b: float64
            %s2 of 4 columns; then per row: Select [a, b]
              -> a: int64, b: float64
        """.formatted(scan), physical(new CollectNode(df.select("a", "b").nlargest(3, "b").plan())));
  }

  @Test
  void aSortedResultIsSortedWhereItIsGathered() {
    DataFrame sorted = df.sortValues(SortKey.ascending("c"), SortKey.descending("b")).select("b", "c");
    assertEquals("""
        Collect, sorted here by [c, b desc]
          -> b: float64, c: object
          %s2 of 4 columns; then per row: Select [b, c]
            -> b: float64, c: object
        """.formatted(scan), physical(new CollectNode(sorted.plan())));
    assertEquals("""
        WriteCsv out.csv sorted by [c, b desc], gathered and sorted on one worker
          -> b: float64, c: object
          %s2 of 4 columns; then per row: Select [b, c]
            -> b: float64, c: object
        """.formatted(scan), physical(new WriteCsvNode(sorted.plan(), "out.csv", false, false)));
    IllegalStateException shards = assertThrows(IllegalStateException.class,
        () -> physical(new WriteCsvNode(sorted.plan(), "out", false, true)));
    assertEquals("this frame's result is sorted, and shards are written by the workers in parallel, unordered: use "
        + "toCsv(path) for one sorted file, or toCsvShards before sort_values", shards.getMessage());
  }

  @Test
  void aGroupByToAFileIsMergedFromEachWorkersSortedRunsUnlessSortedOtherwise() {
    DataFrame grouped = df.filter(col("a").gt(0)).groupby("c").col("b").sum();
    assertEquals("""
        WriteCsv out.csv sorted by [c]: each worker's partial groups spilled as key-sorted runs, merged in key order on one worker into the file
          -> c: object, b: float64
          PartialAggregate by [c] [b=sum(b)], one table per worker (handed on early past its budget)
            -> c: object, b: float64
            %s3 of 4 columns; then per row: Filter (a > 0)
              -> a: int64, b: float64, c: object
        """.formatted(scan), physical(new WriteCsvNode(grouped.plan(), "out.csv", false, false)));
    // Sorted by an aggregate, the groups are merged by key hash, then gathered and sorted on one worker.
    assertEquals("""
        WriteCsv out.csv sorted by [b desc], gathered and sorted on one worker
          -> c: object, b: float64
          FinalAggregate by [c] [b=sum(b)]: merges partial groups by key hash on every worker
            -> c: object, b: float64
            PartialAggregate by [c] [b=sum(b)], one table per worker (handed on early past its budget)
              -> c: object, b: float64
              %s3 of 4 columns; then per row: Filter (a > 0)
                -> a: int64, b: float64, c: object
        """.formatted(scan), physical(new WriteCsvNode(grouped.sortValues(SortKey.descending("b")).plan(), "out.csv",
        false, false)));
    // Steps after it run on each merged group; a step that changes a key would change the order.
    assertEquals("""
        WriteCsv out.csv sorted by [c]: each worker's partial groups spilled as key-sorted runs, merged in key order on one worker into the file; then per group: Filter (b > 1)
          -> c: object, b: float64
          PartialAggregate by [c] [b=sum(b)], one table per worker (handed on early past its budget)
            -> c: object, b: float64
            %s3 of 4 columns; then per row: Filter (a > 0)
              -> a: int64, b: float64, c: object
        """.formatted(scan), physical(new WriteCsvNode(grouped.filter(col("b").gt(1)).plan(), "out.csv", false,
        false)));
    assertTrue(physical(new WriteCsvNode(grouped.assign("c", col("c").str().upper()).plan(), "out.csv", false, false))
        .startsWith("WriteCsv out.csv sorted by [c], gathered and sorted on one worker\n"));
    // Without the partial aggregation strategy, every row is shuffled and the groups gathered and sorted.
    assertEquals("""
        WriteCsv out.csv sorted by [c], gathered and sorted on one worker
          -> c: object, b: float64
          ShuffledAggregate by [c] [b=sum(b)]: every row keyed, combined per key
            -> c: object, b: float64
            %s3 of 4 columns; then per row: Filter (a > 0)
              -> a: int64, b: float64, c: object
        """.formatted(scan), physical(PhysicalPlanner.PLAIN, new WriteCsvNode(grouped.plan(), "out.csv", false, false)));
  }

  @Test
  void aDescribeIsOneGlobalCombineSortedInPandasOrderWhereItIsGathered() {
    String describe = """
          Describe [a, b]: one pass, combined globally; quartiles exact for a column of fewer than 16384 values, \
        else from a bounded sketch
            -> statistic: object, a: float64, b: float64
            %s2 of 4 columns
              -> a: int64, b: float64
        """.formatted(scan);
    assertEquals("Collect, sorted here by [statistic in [count, mean, std, min, 25%, 50%, 75%, max]]\n"
        + "  -> statistic: object, a: float64, b: float64\n" + describe,
        physical(new CollectNode(df.describe().plan())));
    assertEquals("WriteCsv out.csv sorted by [statistic in [count, mean, std, min, 25%, 50%, 75%, max]], gathered "
        + "and sorted on one worker\n  -> statistic: object, a: float64, b: float64\n" + describe,
        physical(new WriteCsvNode(df.describe().plan(), "out.csv", false, false)));
  }

  @Test
  void aPivotTableAggregatesInsideTheScanOrAsWrittenShuffled() {
    DataFrame means = df.pivotTable(List.of("c"), "d", "b", AggFunction.MEAN, List.of("TAB", "CAP"));
    assertEquals("""
        Collect, sorted here by [c]
          -> c: object, CAP: float64, TAB: float64
          RowSteps (one step per row): Filter (CAP.notnull() | TAB.notnull())
            -> c: object, CAP: float64, TAB: float64
            FinalAggregate by [c] [CAP=mean(_pivot_0), TAB=mean(_pivot_1)]: merges partial groups by key hash on every worker
              -> c: object, CAP: float64, TAB: float64
              PartialAggregate by [c] [CAP=mean(_pivot_0), TAB=mean(_pivot_1)], one table per worker (handed on early \
        past its budget)
                -> c: object, CAP: float64, TAB: float64
                %s3 of 4 columns; then per row: Filter d.notnull(); Assign _pivot_0 = b.where((d == 'CAP')); \
        Assign _pivot_1 = b.where((d == 'TAB'))
                  -> b: float64, c: object, d: object, _pivot_0: float64, _pivot_1: float64
        """.formatted(scan), physical(new CollectNode(means.plan())));
    // As written, no rule rewrites the pivot: the planner runs the same conditional aggregation, shuffled.
    assertEquals("""
        Collect, sorted here by [c]
          -> c: object, CAP: float64, TAB: float64
          RowSteps (one step per row): Filter (CAP.notnull() | TAB.notnull())
            -> c: object, CAP: float64, TAB: float64
            ShuffledAggregate by [c] [CAP=mean(_pivot_0), TAB=mean(_pivot_1)]: every row keyed, combined per key
              -> c: object, CAP: float64, TAB: float64
              %s4 of 4 columns; then per row: Filter d.notnull(); Assign _pivot_0 = b.where((d == 'CAP')); \
        Assign _pivot_1 = b.where((d == 'TAB'))
                -> a: int64, b: float64, c: object, d: object, _pivot_0: float64, _pivot_1: float64
        """.formatted(scan), PlanPrinter.explain(PhysicalPlanner.PLAIN.plan(new CollectNode(means.plan()))));
  }

  @Test
  void rowsGoToShardsOrOneFileFromTheWorkers() {
    PlanNode rows = df.filter(col("a").gt(0)).select("a", "c").plan();
    assertEquals("""
        WriteCsvShards out (overwrite) from the workers, a file per shard
          -> a: int64, c: object
          %s2 of 4 columns; then per row: Filter (a > 0); Select [a, c]
            -> a: int64, c: object
        """.formatted(scan), physical(new WriteCsvNode(rows, "out", true, true)));
    assertEquals("""
        WriteCsv out.csv from the workers, unordered
          -> a: int64, c: object
          %s2 of 4 columns; then per row: Filter (a > 0); Select [a, c]
            -> a: int64, c: object
        """.formatted(scan), physical(new WriteCsvNode(rows, "out.csv", false, false)));
  }

  @Test
  void theFirstRowsOfAScanAreReadHereWithoutAPipeline() {
    DataFrame first = df.filter(col("a").gt(0)).select("a", "c").limit(5);
    assertEquals("""
        FirstRows 5: the files read here, in order, until 5 rows (no pipeline)
          -> a: int64, c: object
          %s2 of 4 columns; then per row: Filter (a > 0); Select [a, c]
            -> a: int64, c: object
        """.formatted(scan), physical(new CollectNode(first.plan())));
    assertEquals("""
        WriteCsv head.csv here, from the collected rows
          -> a: int64, c: object
          FirstRows 5: the files read here, in order, until 5 rows (no pipeline)
            -> a: int64, c: object
            %s2 of 4 columns; then per row: Filter (a > 0); Select [a, c]
              -> a: int64, c: object
        """.formatted(scan), physical(new WriteCsvNode(first.plan(), "head.csv", false, false)));
    // The first rows of a sorted or aggregated result need all of it: collected, sorted, cut here.
    assertEquals("""
        Collect, sorted here by [c], first 2 rows
          -> c: object, b: float64
          FinalAggregate by [c] [b=sum(b)]: merges partial groups by key hash on every worker
            -> c: object, b: float64
            PartialAggregate by [c] [b=sum(b)], one table per worker (handed on early past its budget); a table past the result's row limit stops the run
              -> c: object, b: float64
              %s2 of 4 columns
                -> b: float64, c: object
        """.formatted(scan), physical(new CollectNode(df.groupby("c").col("b").sum().limit(2).plan())));
    IllegalArgumentException inside = assertThrows(IllegalArgumentException.class,
        () -> physical(new CollectNode(df.limit(2).groupby("c").col("b").sum().plan())));
    assertEquals("limit(n) (head) is a result's last step: call it just before compute() or toCsv(), or use "
        + "nlargest(n, col) to keep the top rows inside a plan", inside.getMessage());
  }
}
