package org.beamframe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggSpec;
import org.beamframe.exec.BeamEdge;
import org.beamframe.exec.Execution;
import org.beamframe.exec.Executor;
import org.beamframe.exec.Outcome;
import org.beamframe.exec.RunReport;
import org.beamframe.expr.Expr;
import org.beamframe.expr.Expressions;
import org.beamframe.expr.text.Assignment;
import org.beamframe.expr.text.ExprParser;
import org.beamframe.optimizer.Optimizer;
import org.beamframe.plan.AggregateNode;
import org.beamframe.plan.AssignNode;
import org.beamframe.plan.CollectNode;
import org.beamframe.plan.ConcatNode;
import org.beamframe.plan.FilterNode;
import org.beamframe.plan.JoinHow;
import org.beamframe.plan.JoinNode;
import org.beamframe.plan.LimitNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.PlanPicture;
import org.beamframe.plan.PlanPrinter;
import org.beamframe.plan.SelectNode;
import org.beamframe.plan.SortNode;
import org.beamframe.plan.TopNode;
import org.beamframe.plan.WriteCsvNode;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * A lazy, pandas-like table: a logical plan and nothing else. Every method returns a new DataFrame
 * over a new plan node and runs nothing; {@link #compute()}, {@link #toCsv} and {@link #toCsvShards}
 * add a sink, and the optimizer decides how the plan runs.
 */
public final class DataFrame {
  private final PlanNode plan;

  DataFrame(PlanNode plan) {
    this.plan = plan;
  }

  /** The logical plan this frame stands for. */
  public PlanNode plan() {
    return plan;
  }

  public FrameSchema schema() {
    return plan.schema();
  }

  public List<String> columns() {
    return plan.schema().names();
  }

  public DType dtype(String column) {
    return plan.schema().typeOf(column);
  }

  /** pandas' {@code df[name] = expr} / {@code assign}: adds the column, or replaces it in place. */
  public DataFrame assign(String name, Expr expr) {
    return new DataFrame(new AssignNode(plan, name, expr));
  }

  /** pandas' {@code df[predicate]}: keeps the rows where the bool expression is True. */
  public DataFrame filter(Expr predicate) {
    return new DataFrame(new FilterNode(plan, predicate));
  }

  /** pandas' {@code df[["a", "b"]]}; selecting exactly the current columns returns this frame. */
  public DataFrame select(String... columns) {
    List<String> names = List.of(columns);
    if (names.equals(columns())) {
      return this;
    }
    return new DataFrame(new SelectNode(plan, names));
  }

  /**
   * pandas' {@code nlargest(n, column)}: the n rows with the largest values, largest first, rows
   * where the column is missing skipped. No global sort: each worker keeps its n best, so this is
   * the way to the top rows of a frame too large to sort. Among ties at the n-th value, which rows
   * are kept is not defined (pandas keeps the first in file order).
   */
  public DataFrame nlargest(int n, String column) {
    return new DataFrame(new TopNode(plan, n, column, true));
  }

  /** pandas' {@code nsmallest(n, column)}: as {@link #nlargest}, smallest first. */
  public DataFrame nsmallest(int n, String column) {
    return new DataFrame(new TopNode(plan, n, column, false));
  }

  /**
   * pandas' {@code sort_values}: the result comes in this order (stable, missing values last). The
   * sort is the result's last step: a computed result is sorted here, a file on the one worker that
   * writes it; for the top rows of a large frame use {@link #nlargest}, or aggregate first.
   */
  public DataFrame sortValues(SortKey... keys) {
    return new DataFrame(new SortNode(plan, List.of(keys)));
  }

  /**
   * The first n rows (file order, or this frame's sort order), lazily: as Polars' {@code limit}, the
   * last step before {@code compute()} or {@code toCsv()}. {@link #head} computes it at once.
   */
  public DataFrame limit(int n) {
    return new DataFrame(new LimitNode(plan, n));
  }

  /** pandas' {@code df.drop(columns=[...])}: every other column, in order. */
  public DataFrame drop(String... columns) {
    List<String> dropped = List.of(columns);
    dropped.forEach(schema()::indexOf);
    return select(columns().stream().filter(name -> !dropped.contains(name)).toArray(String[]::new));
  }

  /** pandas' {@code df.rename(columns={"old": "new"})}: the same columns in the same order, some renamed. */
  public DataFrame rename(Map<String, String> names) {
    names.keySet().forEach(schema()::indexOf);
    DataFrame frame = this;
    for (Map.Entry<String, String> rename : names.entrySet()) {
      if (columns().contains(rename.getValue())) {
        throw new IllegalArgumentException("rename: column " + rename.getValue() + " exists already; drop it first, "
            + "or rename in two steps to swap names");
      }
      frame = frame.assign(rename.getValue(), Expressions.col(rename.getKey()));
    }
    return frame.select(columns().stream().map(name -> names.getOrDefault(name, name)).toArray(String[]::new));
  }

  /** pandas' {@code df.dropna(subset=[...])}: rows with no missing value in these columns (none given: in any). */
  public DataFrame dropna(String... subset) {
    List<String> columns = subset.length == 0 ? columns() : List.of(subset);
    Expr complete = null;
    for (String column : columns) {
      Expr present = Expressions.col(column).notnull();
      complete = complete == null ? present : complete.and(present);
    }
    return filter(complete);
  }

  /** pandas' {@code df.fillna({"a": 0, "b": "?"})}: missing values of these columns replaced. */
  public DataFrame fillna(Map<String, Object> values) {
    DataFrame frame = this;
    for (Map.Entry<String, Object> fill : values.entrySet()) {
      frame = frame.assign(fill.getKey(), Expressions.col(fill.getKey()).fillna(fill.getValue()));
    }
    return frame;
  }

  /**
   * pandas' {@code merge(right, on=keys, how="inner"|"left")}: the left columns, then the right's
   * other columns (a name on both sides gets {@code _x} and {@code _y}). A right side reading at
   * most 64 MiB is copied to every worker; otherwise both sides are shuffled by key. As in pandas,
   * missing keys match missing keys.
   */
  public DataFrame merge(DataFrame right, JoinHow how, String... on) {
    return new DataFrame(new JoinNode(plan, right.plan, List.of(on), how));
  }

  /** pandas' {@code concat([this, others...])} of frames with the same columns and dtypes. */
  public DataFrame concat(DataFrame... others) {
    List<PlanNode> inputs = new ArrayList<>(List.of(plan));
    for (DataFrame other : others) {
      inputs.add(other.plan);
    }
    return new DataFrame(new ConcatNode(inputs));
  }

  /**
   * Refused, with the reason: a global row position needs every row before it counted in order,
   * which a parallel read does not do. Use {@link #head(int)} for the first rows,
   * {@link #nlargest} for the top rows by a column, or filter on a key column.
   */
  public LocalTable iloc(int position) {
    throw new UnsupportedOperationException("iloc[" + position + "]: BeamFrame has no global row positions (rows "
        + "are read in parallel splits, and numbering them would need every earlier split counted first); use "
        + "head(n) for the first rows, nlargest(n, col) for the top rows, or filter on a key column");
  }

  /** One column, for whole-column reductions such as {@code max()}. */
  public Column col(String name) {
    return new Column(this, name);
  }

  /**
   * pandas' {@code df.query("Measure == 'TAB' and DOSAGE_UNIT > 1000")}: the rows where the
   * expression is true (see {@link ExprParser} for the syntax).
   */
  public DataFrame query(String expression) {
    return filter(ExprParser.parse(expression));
  }

  /** pandas' {@code df.eval("total = a * b")}: one {@code name = expression} per line, assigned in order. */
  public DataFrame eval(String assignments) {
    DataFrame frame = this;
    for (Assignment assignment : ExprParser.parseAssignments(assignments)) {
      frame = frame.assign(assignment.name(), assignment.expr());
    }
    return frame;
  }

  /** Whole-frame reductions in one pass, as pandas' {@code df.agg(total=("x", "sum"), ...)}: one row. */
  public DataFrame agg(AggSpec... aggregations) {
    if (aggregations.length == 0) {
      throw new IllegalArgumentException("agg needs at least one aggregation, e.g. AggSpec.sum(\"x\").as(\"total\")");
    }
    return new DataFrame(new AggregateNode(plan, List.of(), List.of(aggregations)));
  }

  /** pandas' {@code groupby(keys)}: groups with a missing key are dropped, results are sorted by key. */
  public GroupBy groupby(String... keys) {
    return new GroupBy(this, List.of(keys), true);
  }

  /** pandas' {@code groupby(keys, dropna=False)}: a missing key value is a group of its own, sorted last. */
  public GroupBy groupbyKeepingNullKeys(String... keys) {
    return new GroupBy(this, List.of(keys), false);
  }

  /** Runs the plan on the current executor and returns the result (sorted by the keys after a group-by). */
  public LocalTable compute() {
    return compute(Executor.current());
  }

  public LocalTable compute(Executor executor) {
    return compute(executor, true);
  }

  /** Runs the plan as written ({@code optimize} false) or as the optimizer rewrites it (the default). */
  public LocalTable compute(Executor executor, boolean optimize) {
    Outcome outcome = run(new CollectNode(plan), executor, optimize ? Optimizer.DEFAULT : Optimizer.AS_WRITTEN);
    return new LocalTable(schema(), outcome.rows(), outcome.report());
  }

  /**
   * pandas' and dask's {@code head(n)}, computed at once as dask's is: for a frame that only reads
   * and transforms rows, the files are read from their start on this machine until n rows are found
   * (no pipeline runs); otherwise the frame is computed and its first n rows returned.
   */
  public LocalTable head(int n) {
    return limit(n).compute();
  }

  /**
   * Writes this frame's rows to one CSV file, atomically (a failed run leaves no file that looks
   * complete); an existing file is refused unless {@code overwrite}. The way out for results too
   * large for {@link #compute()}. A group-by's result (sorted by its keys) is merged into the file
   * from each worker's key-sorted runs, for any number of groups; another sorted frame is gathered,
   * sorted and written by one worker. {@link #explainToCsv} shows which.
   */
  public RunReport toCsv(String path, boolean overwrite) {
    return toCsv(path, overwrite, Executor.current());
  }

  public RunReport toCsv(String path, boolean overwrite, Executor executor) {
    return run(new WriteCsvNode(plan, path, overwrite, false), executor, Optimizer.DEFAULT).report();
  }

  /**
   * dask's {@code to_csv("dir/part-*.csv")}: the rows as CSV files in the directory {@code path},
   * one per shard the runner writes in parallel, each with a header; read them back with
   * {@code readCsv(path + "/part-*")}. The directory appears only when the run succeeded.
   */
  public RunReport toCsvShards(String path, boolean overwrite) {
    return toCsvShards(path, overwrite, Executor.current());
  }

  public RunReport toCsvShards(String path, boolean overwrite, Executor executor) {
    return run(new WriteCsvNode(plan, path, overwrite, true), executor, Optimizer.DEFAULT).report();
  }

  /**
   * Beam's {@code to_pcollection}: this frame's rows as a {@code PCollection<Row>} of
   * {@code pipeline} (every field nullable), its optimized plan applied there, for the pipeline's
   * other transforms; nothing runs until that pipeline does. A frame from
   * {@link BeamFrame#from(org.apache.beam.sdk.values.PCollection)} must be applied in its own
   * PCollection's pipeline; a sorted frame is refused (a PCollection has no order).
   */
  public PCollection<Row> toPCollection(Pipeline pipeline) {
    return BeamEdge.rows(Optimizer.DEFAULT.physicalRows(plan), pipeline);
  }

  private static Outcome run(PlanNode sink, Executor executor, Optimizer optimizer) {
    return Execution.run(optimizer.physicalPlan(sink), executor);
  }

  /**
   * Draws the plan as written and as it runs (the physical plan): {@code .svg} or {@code .png}
   * through Graphviz's {@code dot}, or {@code .dot} text. Runs nothing.
   */
  public void visualize(String path) {
    PlanPicture.write(plan, Optimizer.DEFAULT.physicalPlan(new CollectNode(plan)), java.nio.file.Path.of(path));
  }

  /** The plan as written, as optimized and as it runs: indented trees with each node's columns and dtypes. */
  public String explain() {
    return Optimizer.DEFAULT.explain(plan);
  }

  /** As {@link #explain()}, or with {@code optimize} false, as {@code compute(executor, false)} runs it. */
  public String explain(boolean optimize) {
    return (optimize ? Optimizer.DEFAULT : Optimizer.AS_WRITTEN).explain(plan);
  }

  /** As {@link #explain()}, for writing the rows with {@link #toCsv(String, boolean)}: how the file is made. */
  public String explainToCsv(String path, boolean overwrite) {
    return Optimizer.DEFAULT.explain(plan, optimized -> new WriteCsvNode(optimized, path, overwrite, false));
  }

  /** Structure only, like dask's repr: columns, dtypes, input files and the plan; never data, never a run. */
  @Override
  public String toString() {
    String dtypes = plan.schema().fields().stream()
        .map(field -> "  " + field.name() + "  " + field.type())
        .collect(Collectors.joining("\n"));
    String inputs = plan.sources().stream()
        .map(source -> source + " in " + source.splits().size() + (source.splits().size() == 1 ? " split" : " splits"))
        .collect(Collectors.joining(", "));
    return "BeamFrame DataFrame (lazy: call compute() to run)\n"
        + "columns (" + plan.schema().size() + "):\n" + dtypes + "\n"
        + "input: " + inputs + "\n"
        + "plan:\n" + PlanPrinter.explain(plan).stripTrailing();
  }
}
