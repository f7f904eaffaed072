package org.beamframe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.exec.BeamEdge;
import org.beamframe.exec.Execution;
import org.beamframe.exec.Executor;
import org.beamframe.exec.Outcome;
import org.beamframe.exec.RunReport;
import org.beamframe.expr.Expr;
import org.beamframe.expr.Expressions;
import org.beamframe.expr.Literal;
import org.beamframe.expr.text.Assignment;
import org.beamframe.expr.text.ExprParser;
import org.beamframe.expr.udf.ApplyRows;
import org.beamframe.expr.udf.RowValueFunction;
import org.beamframe.optimizer.Optimizer;
import org.beamframe.plan.AggregateNode;
import org.beamframe.plan.AssignNode;
import org.beamframe.plan.BeamInputNode;
import org.beamframe.plan.CollectNode;
import org.beamframe.plan.ConcatNode;
import org.beamframe.plan.DescribeNode;
import org.beamframe.plan.FilterNode;
import org.beamframe.plan.JoinHow;
import org.beamframe.plan.JoinNode;
import org.beamframe.plan.LimitNode;
import org.beamframe.plan.PivotNode;
import org.beamframe.plan.PlanNode;
import org.beamframe.plan.PlanPicture;
import org.beamframe.plan.PlanPrinter;
import org.beamframe.plan.ReadCsvNode;
import org.beamframe.plan.SelectNode;
import org.beamframe.plan.SortNode;
import org.beamframe.plan.TopNode;
import org.beamframe.plan.WriteCsvNode;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;

/**
 * A lazy, pandas-like table: a logical plan and nothing else. Every method returns a new DataFrame
 * over a new plan node and runs nothing; {@link #compute()}, {@link #toCsv} and {@link #toCsvShards}
 * add a sink, and the optimizer decides how the plan runs.
 *
 * <p>The schema is known at every step: an unknown column or a type error fails at the call that
 * wrote it with an {@link IllegalArgumentException} (for an unknown column, listing the columns
 * that exist), not on a worker later. Frames are immutable, so a frame can be reused and branched
 * freely. Missing values follow pandas: they propagate through arithmetic, comparisons with them
 * are false (not-equal is true), and reductions skip them.
 *
 * <pre>{@code
 * import static org.beamframe.expr.Expressions.*;
 *
 * DataFrame df = BeamFrame.readCsv("all_prescriptions.csv");
 * df = df.assign("factor", toNumeric(col("MME_Conversion_Factor"), Errors.COERCE));   // junk -> missing
 * df = df.assign("morphine_equivalent_g", col("CALC_BASE_WT_IN_GM").mul(col("factor")));
 * DataFrame byState = df.filter(col("Measure").eq("TAB"))
 *     .groupby("BUYER_STATE").col("morphine_equivalent_g").sum();
 * System.out.println(byState.explain());   // the plan; nothing has run yet
 * LocalTable result = byState.compute();   // runs the pipeline; rows sorted by BUYER_STATE
 * byState.toCsv("by-state.csv", true);     // or let the workers write a result of any size
 * }</pre>
 */
public final class DataFrame {
  /** The most values of a pivot table's columns key that {@link #pivotTable} makes columns of. */
  public static final int PIVOT_COLUMNS_LIMIT = 1_000;

  private final PlanNode plan;

  DataFrame(PlanNode plan) {
    this.plan = plan;
  }

  /**
   * The logical plan this frame stands for.
   *
   * @return the plan's root node
   */
  public PlanNode plan() {
    return plan;
  }

  /**
   * The columns and their dtypes, known without reading data.
   *
   * @return the output schema of this frame's plan
   */
  public FrameSchema schema() {
    return plan.schema();
  }

  /**
   * pandas' {@code df.columns}.
   *
   * @return the column names, in order
   */
  public List<String> columns() {
    return plan.schema().names();
  }

  /**
   * pandas' {@code df[column].dtype}.
   *
   * @param column a column name
   * @return the column's dtype
   * @throws IllegalArgumentException if there is no such column
   */
  public DType dtype(String column) {
    return plan.schema().typeOf(column);
  }

  /**
   * pandas' {@code df[name] = expr} / {@code assign}: adds the column, or replaces it in place.
   *
   * @param name the column to add (appended last) or replace (keeping its position)
   * @param expr the value per row, e.g. {@code col("a").mul(col("b"))}; its dtype becomes the column's
   * @return the new frame
   * @throws IllegalArgumentException if {@code expr} names an unknown column or does not type-check
   */
  public DataFrame assign(String name, Expr expr) {
    return new DataFrame(new AssignNode(plan, name, expr));
  }

  /**
   * pandas' {@code df[predicate]}: keeps the rows where the bool expression is True.
   * A row where the predicate is missing is dropped.
   *
   * @param predicate a bool expression, e.g. {@code col("Measure").eq("TAB")}
   * @return the new frame
   * @throws IllegalArgumentException if {@code predicate} names an unknown column or is not bool
   */
  public DataFrame filter(Expr predicate) {
    return new DataFrame(new FilterNode(plan, predicate));
  }

  /**
   * pandas' {@code df[["a", "b"]]}; selecting exactly the current columns returns this frame.
   *
   * @param columns the columns to keep, in the order wanted
   * @return the new frame
   * @throws IllegalArgumentException if no column is given, a column is unknown or named twice, or
   *     a column this frame is sorted by is dropped
   */
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
   *
   * @param n how many rows, at least 1
   * @param column the column to order by; not bool
   * @return the new frame, sorted largest first
   * @throws IllegalArgumentException if {@code n} is less than 1, or the column is unknown or bool
   */
  public DataFrame nlargest(int n, String column) {
    return new DataFrame(new TopNode(plan, n, column, true));
  }

  /**
   * pandas' {@code nsmallest(n, column)}: as {@link #nlargest}, smallest first.
   *
   * @param n how many rows, at least 1
   * @param column the column to order by; not bool
   * @return the new frame, sorted smallest first
   * @throws IllegalArgumentException if {@code n} is less than 1, or the column is unknown or bool
   */
  public DataFrame nsmallest(int n, String column) {
    return new DataFrame(new TopNode(plan, n, column, false));
  }

  /**
   * pandas' {@code sort_values}: the result comes in this order (stable, missing values last). The
   * sort is the result's last step: a computed result is sorted here, a file on the one worker that
   * writes it; for the top rows of a large frame use {@link #nlargest}, or aggregate first.
   *
   * @param keys the sort columns, most significant first, e.g. {@code SortKey.descending("count")}
   * @return the new frame
   * @throws IllegalArgumentException if no key is given or a key names an unknown column
   */
  public DataFrame sortValues(SortKey... keys) {
    return new DataFrame(new SortNode(plan, List.of(keys)));
  }

  /**
   * The first n rows (file order, or this frame's sort order), lazily: as Polars' {@code limit}, the
   * last step before {@code compute()} or {@code toCsv()}. {@link #head} computes it at once.
   *
   * @param n how many rows, 0 or more
   * @return the new frame
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public DataFrame limit(int n) {
    return new DataFrame(new LimitNode(plan, n));
  }

  /**
   * pandas' {@code df.drop(columns=[...])}: every other column, in order.
   *
   * @param columns the columns to remove
   * @return the new frame
   * @throws IllegalArgumentException if a column is unknown, or every column would be dropped
   */
  public DataFrame drop(String... columns) {
    List<String> dropped = List.of(columns);
    dropped.forEach(schema()::indexOf);
    return select(columns().stream().filter(name -> !dropped.contains(name)).toArray(String[]::new));
  }

  /**
   * pandas' {@code df.rename(columns={"old": "new"})}: the same columns in the same order, some renamed.
   *
   * @param names new name by old name
   * @return the new frame
   * @throws IllegalArgumentException if an old name is unknown or a new name is already a column
   *     (swap names in two steps)
   */
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

  /**
   * pandas' {@code df.dropna(subset=[...])}: rows with no missing value in these columns (none given: in any).
   *
   * @param subset the columns to check; none means all columns
   * @return the new frame
   * @throws IllegalArgumentException if a column is unknown
   */
  public DataFrame dropna(String... subset) {
    List<String> columns = subset.length == 0 ? columns() : List.of(subset);
    Expr complete = null;
    for (String column : columns) {
      Expr present = Expressions.col(column).notnull();
      complete = complete == null ? present : complete.and(present);
    }
    return filter(complete);
  }

  /**
   * pandas' {@code df.apply(func, axis=1)}: a column computed by a Java function of the whole row,
   * to {@link #assign}: {@code df.assign("cost", df.apply(row -> ..., DType.FLOAT64))}. The row is a
   * read-only map of this frame's columns (null for a missing value; getting a column the frame lacks
   * fails). The function is a serializable lambda, shipped to the workers and called once per row;
   * it must be pure. Its results are converted to {@code dtype} as for {@link Expr#map}. Opaque to
   * the optimizer: every column of this frame is kept for it, however few it reads.
   *
   * @param function the function of one row
   * @param dtype the dtype of its results
   * @param <R> the result's Java type
   * @return the expression, to assign or filter with
   * @throws IllegalArgumentException if the function cannot be serialized: it captures something
   *     that is not Serializable (the message names it)
   */
  public <R> Expr apply(RowValueFunction<R> function, DType dtype) {
    return new ApplyRows(columns(), function, dtype);
  }

  /**
   * pandas' {@code drop_duplicates(subset)}: one row per distinct value of the subset's columns (all
   * columns if none are given), the first in file order. See {@link #dropDuplicates(Keep, String...)}.
   *
   * @param subset the columns that make rows duplicates; none for all columns
   * @return the new frame
   * @throws org.beamframe.types.ColumnNotFoundException if a column is unknown
   */
  public DataFrame dropDuplicates(String... subset) {
    return dropDuplicates(Keep.FIRST, subset);
  }

  /**
   * pandas' {@code drop_duplicates(subset, keep=...)}: rows whose subset columns (all columns if none
   * are given) are equal are duplicates, missing values equal to each other as in pandas; {@link Keep#FIRST}
   * or {@link Keep#LAST} keeps one whole row of each set by file order (files in listing order, then
   * byte offset), {@link Keep#NONE} keeps only rows without a duplicate. Lazy: a group-by on the subset
   * whose other columns are those of the set's first (or last) row, so {@code FIRST} and {@code LAST}
   * need what first/last need: a frame read from CSV files, by row steps only (not after a merge,
   * concat or nlargest, or from rows in memory); {@code NONE} runs on any frame. Unlike pandas, the
   * rows come out sorted by the subset's columns, not in file order, and a -0.0 key shows as 0.0.
   *
   * @param keep which row of each set of duplicates stays
   * @param subset the columns that make rows duplicates; none for all columns
   * @return the new frame, with this frame's columns
   * @throws org.beamframe.types.ColumnNotFoundException if a column is unknown
   * @throws IllegalArgumentException if {@code keep} is FIRST or LAST and this frame's rows do not
   *     come straight from CSV files, so have no file order
   */
  public DataFrame dropDuplicates(Keep keep, String... subset) {
    List<String> keys = subset.length == 0 ? columns() : List.copyOf(new LinkedHashSet<>(List.of(subset)));
    schema().select(keys);
    if (keep != Keep.NONE && !readInFileOrder(plan)) {
      throw new IllegalArgumentException("drop_duplicates(keep=\"" + keep.name().toLowerCase(Locale.ROOT)
          + "\") keeps rows by file order, which only a frame read from CSV files by row steps has, not this one ("
          + plan.describe() + "); call it before the merge, concat or nlargest, or use Keep.NONE");
    }
    // keep=False leaves groups of one row, whose min is their value: no file order needed.
    AggFunction row = keep == Keep.LAST ? AggFunction.LAST_ROW : keep == Keep.FIRST ? AggFunction.FIRST_ROW
        : AggFunction.MIN;
    List<AggSpec> specs = new ArrayList<>();
    for (String column : columns()) {
      if (!keys.contains(column)) {
        specs.add(new AggSpec(column, row, column));
      }
    }
    String copies = unusedName("duplicates");
    if (keep == Keep.NONE || specs.isEmpty()) {
      specs.add(new AggSpec(copies, AggFunction.SIZE, keys.get(0)));
    }
    DataFrame kept = groupbyKeepingNullKeys(keys.toArray(String[]::new)).agg(specs.toArray(AggSpec[]::new));
    if (keep == Keep.NONE) {
      kept = kept.filter(Expressions.col(copies).eq(1L));
    }
    return kept.select(columns().toArray(String[]::new));
  }

  /** Whether any input of {@code node} is a PCollection of the caller's pipeline, which no job of ours can read. */
  private static boolean readsAPCollection(PlanNode node) {
    return node instanceof BeamInputNode || node.children().stream().anyMatch(DataFrame::readsAPCollection);
  }

  /** Whether {@code node}'s rows come straight from CSV files through row steps, so know their file order. */
  private static boolean readInFileOrder(PlanNode node) {
    PlanNode rows = node;
    while (rows instanceof AssignNode || rows instanceof FilterNode || rows instanceof SelectNode) {
      rows = rows.children().get(0);
    }
    return rows instanceof ReadCsvNode;
  }

  /** {@code base}, or {@code base_1}, {@code base_2}, ...: the first name no column has. */
  private String unusedName(String base) {
    String name = base;
    for (int n = 1; schema().contains(name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  /**
   * pandas' {@code df.fillna({"a": 0, "b": "?"})}: missing values of these columns replaced.
   *
   * @param values the replacement value by column name
   * @return the new frame
   * @throws IllegalArgumentException if a column is unknown or a value does not fit its column's dtype
   */
  public DataFrame fillna(Map<String, Object> values) {
    DataFrame frame = this;
    for (Map.Entry<String, Object> fill : values.entrySet()) {
      frame = frame.assign(fill.getKey(), Expressions.col(fill.getKey()).fillna(fill.getValue()));
    }
    return frame;
  }

  /**
   * pandas' {@code merge(right, on=keys, how=...)}: the left columns, then the right's other columns
   * (a name on both sides gets {@code _x} and {@code _y}). The same as
   * {@code merge(right, Merge.on(on).how(how))}; see {@link #merge(DataFrame, Merge)}.
   *
   * @param right the right frame
   * @param how {@link JoinHow#INNER} keeps matching rows only; {@link JoinHow#LEFT}, {@link JoinHow#RIGHT}
   *     and {@link JoinHow#OUTER} also keep that side's (or both sides') rows without a match
   * @param on the key columns, present with the same dtype on both sides
   * @return the new frame
   * @throws IllegalArgumentException if no key is given, or a key is missing on a side, has
   *     different dtypes on the two sides or is float64
   */
  public DataFrame merge(DataFrame right, JoinHow how, String... on) {
    return merge(right, Merge.on(on).how(how));
  }

  /**
   * pandas' {@code merge(right, on=... | left_on=..., right_on=..., how=..., suffixes=...)}: the left
   * columns, then the right's; a key named alike on both sides is one column (for a row only the
   * right has, it holds the right's value), keys of two names are both kept, and any other name on
   * both sides gets the suffixes. As in pandas, missing keys match missing keys. A right side
   * reading at most 64 MiB is copied to every worker for inner and left merges; otherwise both
   * sides are shuffled by key. Row order is not pandas': sort the result if it matters.
   *
   * @param right the right frame
   * @param merge the keys, the kind and the suffixes, e.g.
   *     {@code Merge.leftOn("buyer").rightOn("name").how(JoinHow.OUTER)}
   * @return the new frame
   * @throws IllegalArgumentException if a key is missing on its side, a key pair has different dtypes
   *     or is float64, or a suffixed name clashes with another column
   */
  public DataFrame merge(DataFrame right, Merge merge) {
    return new DataFrame(new JoinNode(plan, right.plan, merge.columns(schema(), right.schema()), merge.how()));
  }

  /**
   * pandas' {@code concat([this, others...])} of frames with the same columns and dtypes.
   *
   * @param others the frames to append to this one, with the same column names and dtypes in the same order
   * @return the new frame
   * @throws IllegalArgumentException if no other frame is given, or their columns or dtypes differ
   */
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
   *
   * @param position the row position pandas' {@code iloc} would take
   * @return never returns
   * @throws UnsupportedOperationException always, naming the alternatives
   */
  public LocalTable iloc(int position) {
    throw new UnsupportedOperationException("iloc[" + position + "]: BeamFrame has no global row positions (rows "
        + "are read in parallel splits, and numbering them would need every earlier split counted first); use "
        + "head(n) for the first rows, nlargest(n, col) for the top rows, or filter on a key column");
  }

  /**
   * One column, for whole-column reductions such as {@code max()}: pandas' {@code df["x"]}.
   * For an expression over the column use {@code Expressions.col(name)}.
   *
   * @param name the column name
   * @return the column
   * @throws IllegalArgumentException if there is no such column
   */
  public Column col(String name) {
    return new Column(this, name);
  }

  /**
   * pandas' {@code df.query("Measure == 'TAB' and DOSAGE_UNIT > 1000")}: the rows where the
   * expression is true (see {@link ExprParser} for the syntax). The same as {@link #filter} with the
   * expression built in Java.
   *
   * @param expression a bool expression in pandas' query syntax
   * @return the new frame
   * @throws IllegalArgumentException if the text does not parse, names an unknown column or is not bool
   */
  public DataFrame query(String expression) {
    return query(expression, Map.of());
  }

  /**
   * pandas' {@code df.query("qty > @low and airport in @names")} with the values of its {@code @name}
   * variables, as pandas takes them from the caller's local variables (or {@code local_dict}).
   *
   * @param expression a bool expression in pandas' query syntax
   * @param variables the value of each {@code @name}: a String, a Java number, a Boolean, a
   *     LocalDateTime, or a list of those for {@code in @name}
   * @return the new frame
   * @throws IllegalArgumentException if the text does not parse, uses a variable not in {@code variables},
   *     names an unknown column or is not bool
   */
  public DataFrame query(String expression, Map<String, ?> variables) {
    return filter(ExprParser.parse(expression, variables));
  }

  /**
   * pandas' {@code df.eval("total = a * b")}: one {@code name = expression} per line, assigned in order,
   * so a line may use the columns the lines before it made. Each line is an {@link #assign}.
   *
   * @param assignments one or more lines {@code name = expression} in pandas' eval syntax
   * @return the new frame
   * @throws IllegalArgumentException if a line does not parse, names an unknown column or does not type-check
   */
  public DataFrame eval(String assignments) {
    return eval(assignments, Map.of());
  }

  /**
   * pandas' {@code df.eval("total = a * @rate")} with the values of its {@code @name} variables.
   *
   * @param assignments one or more lines {@code name = expression} in pandas' eval syntax
   * @param variables the value of each {@code @name}, as for {@link #query(String, Map)}
   * @return the new frame
   * @throws IllegalArgumentException if a line does not parse, uses a variable not in {@code variables},
   *     names an unknown column or does not type-check
   */
  public DataFrame eval(String assignments, Map<String, ?> variables) {
    DataFrame frame = this;
    for (Assignment assignment : ExprParser.parseAssignments(assignments, variables)) {
      frame = frame.assign(assignment.name(), assignment.expr());
    }
    return frame;
  }

  /**
   * Whole-frame reductions in one pass, as pandas' {@code df.agg(total=("x", "sum"), ...)}: one row.
   *
   * @param aggregations the reductions, each naming its output column, e.g.
   *     {@code AggSpec.sum("x").as("total")}
   * @return a one-row frame with one column per aggregation, in the order given
   * @throws IllegalArgumentException if none is given, or one names an unknown column or a function
   *     that does not apply to its dtype
   */
  public DataFrame agg(AggSpec... aggregations) {
    if (aggregations.length == 0) {
      throw new IllegalArgumentException("agg needs at least one aggregation, e.g. AggSpec.sum(\"x\").as(\"total\")");
    }
    return new DataFrame(new AggregateNode(plan, List.of(), List.of(aggregations)));
  }

  /**
   * pandas' {@code df.describe()}: count, mean, std, min, 25%, 50%, 75% and max of every int64 and
   * float64 column, all in one pass, missing values skipped (bool, text and datetime columns are
   * left out, as pandas leaves them out of a frame with numbers). The result is pandas' table with
   * its index as a first column: {@code statistic} (object) with the statistics' names, in that
   * order, then one float64 column per described column. Quartiles interpolate linearly between
   * order statistics, as pandas; they are exact for a column with fewer than 16,384 non-missing
   * values and otherwise come from a bounded sketch whose rank error is at most {@code L * n / 16383}
   * for {@code L = floor(log2(n / 16384)) + 1} (0.1 % of n at 10^9 values; see
   * {@link org.beamframe.agg.QuantileSketch}).
   *
   * @return the lazy table of eight rows, sorted in pandas' order of the statistics
   * @throws IllegalArgumentException if the frame has no int64 or float64 column, or one is named "statistic"
   */
  public DataFrame describe() {
    List<String> numeric = schema().fields().stream().filter(field -> field.type().isNumeric())
        .map(FrameField::name).toList();
    if (numeric.isEmpty()) {
      throw new IllegalArgumentException("describe needs an int64 or float64 column; the columns are "
          + schema().fields() + "; convert one first (toNumeric, astype(\"float64\"))");
    }
    return new DataFrame(new DescribeNode(plan, numeric));
  }

  /**
   * pandas' {@code pivot_table(index=index, columns=columns, values=values, aggfunc=aggfunc)} with
   * one {@code columns} key: one row per index key, then one column per value of {@code columns},
   * sorted, named by the value's text, holding {@code aggfunc} of {@code values} over the rows with
   * that index key and value; missing where there are none. As pandas, rows with a missing index
   * key or {@code columns} value are dropped, a value whose cells would all be missing is no column,
   * an index key whose cells are all missing is no row, and the rows are sorted by the index.
   *
   * <p>The value columns are part of the frame's schema, so this runs a small job now, on the current
   * executor, to find them (a group-by of {@code columns}); more than {@value #PIVOT_COLUMNS_LIMIT}
   * values is refused. The table itself is lazy: one group-by of the index with a conditional
   * aggregation per value. To run nothing now, name the values with
   * {@link #pivotTable(List, String, String, AggFunction, List)}.
   *
   * @param index the columns whose values are the rows' keys, at least one
   * @param columns the column whose values become columns
   * @param values the column aggregated into the cells
   * @param aggfunc the aggregation: sum, mean, count, size, min, max, nunique, std, var, first or last
   * @return the lazy table
   * @throws IllegalArgumentException if a column is unknown, the columns overlap, {@code aggfunc} does
   *     not take the values' dtype, or {@code columns} has more than {@value #PIVOT_COLUMNS_LIMIT}
   *     values (the message says how many, and suggests a group-by), or this frame reads a PCollection
   *     (no job of its own can; the message says to pass the values)
   */
  public DataFrame pivotTable(List<String> index, String columns, String values, AggFunction aggfunc) {
    new PivotNode(plan, index, columns, values, aggfunc, List.of()); // the arguments' errors before any job
    if (readsAPCollection(plan)) {
      throw new IllegalArgumentException("pivot_table cannot find the values of " + columns + " with a job of its own: "
          + "this frame reads a PCollection of your pipeline; pass them: pivotTable(index, \"" + columns + "\", \""
          + values + "\", aggfunc, List.of(...))");
    }
    return pivotTable(index, columns, values, aggfunc,
        PivotKeyValues.find(this, index, columns, values, aggfunc, PIVOT_COLUMNS_LIMIT, Executor.current()));
  }

  /**
   * As {@link #pivotTable(List, String, String, AggFunction)} with the values of {@code columns} that
   * become columns given (as dask's pivot_table takes them from a categorical's known categories), so
   * nothing runs now. A given value no row has gives a column of missing cells.
   *
   * @param index the columns whose values are the rows' keys, at least one
   * @param columns the column whose values become columns
   * @param values the column aggregated into the cells
   * @param aggfunc the aggregation of each cell
   * @param columnValues the values that become columns, of {@code columns}' dtype (a Java integer for
   *     int64, a floating-point number for float64, as {@link org.beamframe.expr.Literal#of}); sorted here
   * @return the lazy table
   * @throws IllegalArgumentException if a column is unknown, the columns overlap, {@code aggfunc} does
   *     not take the values' dtype, a value is missing or not of the column's dtype, or two values
   *     (or a value and an index column) give the same column name
   */
  public DataFrame pivotTable(List<String> index, String columns, String values, AggFunction aggfunc,
      List<?> columnValues) {
    List<Object> typed = new ArrayList<>();
    for (Object value : columnValues) {
      if (value == null) {
        throw new IllegalArgumentException("pivot_table: a missing value is no column (pandas drops rows whose "
            + columns + " is missing); leave it out of the values");
      }
      typed.add(Literal.of(value).value());
    }
    return new DataFrame(new PivotNode(plan, index, columns, values, aggfunc, typed));
  }

  /**
   * pandas' {@code groupby(keys)}: groups with a missing key are dropped, results are sorted by key.
   * Choose the aggregations on the returned {@link GroupBy}; the result has the keys first, then one
   * column per aggregation.
   *
   * @param keys the key columns, at least one
   * @return the grouping, which runs nothing by itself
   * @throws IllegalArgumentException if no key is given or a key is unknown
   */
  public GroupBy groupby(String... keys) {
    return new GroupBy(this, List.of(keys), true);
  }

  /**
   * pandas' {@code groupby(keys, dropna=False)}: a missing key value is a group of its own, sorted last.
   *
   * @param keys the key columns, at least one
   * @return the grouping, which runs nothing by itself
   * @throws IllegalArgumentException if no key is given or a key is unknown
   */
  public GroupBy groupbyKeepingNullKeys(String... keys) {
    return new GroupBy(this, List.of(keys), false);
  }

  /**
   * Runs the plan on the current executor and returns the result (sorted by the keys after a group-by).
   * The current executor is the one a {@code Session} made current, else Beam's DirectRunner in
   * this process. The result must be small: past the executor's result limits (by default 100,000
   * rows or 64 MiB) this fails, and {@link #toCsv(String, boolean)} is the way out. A failed run
   * throws the worker's own exception (e.g. a bad record's file, line, column and value).
   *
   * @return the rows, with the run's row accounting in {@link LocalTable#report()}
   * @throws org.beamframe.exec.ResultTooLargeException if the result exceeds the result limits
   */
  public LocalTable compute() {
    return compute(Executor.current());
  }

  /**
   * As {@link #compute()}, on {@code executor} (e.g. a {@code Session} for a Flink cluster) instead of
   * the current one.
   *
   * @param executor where and how to run the pipeline
   * @return the rows, with the run's row accounting in {@link LocalTable#report()}
   * @throws org.beamframe.exec.ResultTooLargeException if the result exceeds the executor's result limits
   */
  public LocalTable compute(Executor executor) {
    return compute(executor, true);
  }

  /**
   * Runs the plan as written ({@code optimize} false) or as the optimizer rewrites it (the default).
   * Both give the same rows; running as written is for comparing, with {@link #explain(boolean)}.
   *
   * @param executor where and how to run the pipeline
   * @param optimize whether the optimizer's rules rewrite the plan first
   * @return the rows, with the run's row accounting in {@link LocalTable#report()}
   * @throws org.beamframe.exec.ResultTooLargeException if the result exceeds the executor's result limits
   */
  public LocalTable compute(Executor executor, boolean optimize) {
    Outcome outcome = run(new CollectNode(plan), executor, optimize ? Optimizer.DEFAULT : Optimizer.AS_WRITTEN);
    return new LocalTable(schema(), outcome.rows(), outcome.report());
  }

  /**
   * pandas' and dask's {@code head(n)}, computed at once as dask's is: for a frame that only reads
   * and transforms rows, the files are read from their start on this machine until n rows are found
   * (no pipeline runs); otherwise the frame is computed and its first n rows returned.
   *
   * @param n how many rows, 0 or more
   * @return at most n rows, in file order or this frame's sort order
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public LocalTable head(int n) {
    return limit(n).compute();
  }

  /**
   * Writes this frame's rows to one CSV file, atomically (a failed run leaves no file that looks
   * complete); an existing file is refused unless {@code overwrite}. The way out for results too
   * large for {@link #compute()}. A group-by's result (sorted by its keys) is merged into the file
   * from each worker's key-sorted runs, for any number of groups; another sorted frame is gathered,
   * sorted and written by one worker. {@link #explainToCsv} shows which. Runs on the current executor.
   *
   * @param path the file to write, any path Beam's {@code FileSystems} know (local, {@code s3://}, ...)
   * @param overwrite whether an existing file is replaced
   * @return how the run accounted for every input record
   * @throws IllegalArgumentException if the target exists and {@code overwrite} is false
   */
  public RunReport toCsv(String path, boolean overwrite) {
    return toCsv(path, overwrite, Executor.current());
  }

  /**
   * As {@link #toCsv(String, boolean)}, run on {@code executor}.
   *
   * @param path the file to write, any path Beam's {@code FileSystems} know
   * @param overwrite whether an existing file is replaced
   * @param executor where and how to run the pipeline
   * @return how the run accounted for every input record
   * @throws IllegalArgumentException if the target exists and {@code overwrite} is false
   */
  public RunReport toCsv(String path, boolean overwrite, Executor executor) {
    return run(new WriteCsvNode(plan, path, overwrite, false), executor, Optimizer.DEFAULT).report();
  }

  /**
   * dask's {@code to_csv("dir/part-*.csv")}: the rows as CSV files in the directory {@code path},
   * one per shard the runner writes in parallel, each with a header; read them back with
   * {@code readCsv(path + "/part-*")}. The directory appears only when the run succeeded. Runs on
   * the current executor.
   *
   * @param path the directory to write, any path Beam's {@code FileSystems} know
   * @param overwrite whether existing shards there are replaced
   * @return how the run accounted for every input record
   * @throws IllegalArgumentException if the target exists and {@code overwrite} is false
   */
  public RunReport toCsvShards(String path, boolean overwrite) {
    return toCsvShards(path, overwrite, Executor.current());
  }

  /**
   * As {@link #toCsvShards(String, boolean)}, run on {@code executor}.
   *
   * @param path the directory to write, any path Beam's {@code FileSystems} know
   * @param overwrite whether existing shards there are replaced
   * @param executor where and how to run the pipeline
   * @return how the run accounted for every input record
   * @throws IllegalArgumentException if the target exists and {@code overwrite} is false
   */
  public RunReport toCsvShards(String path, boolean overwrite, Executor executor) {
    return run(new WriteCsvNode(plan, path, overwrite, true), executor, Optimizer.DEFAULT).report();
  }

  /**
   * Beam's {@code to_pcollection}: this frame's rows as a {@code PCollection<Row>} of
   * {@code pipeline} (every field nullable), its optimized plan applied there, for the pipeline's
   * other transforms; nothing runs until that pipeline does. A frame from
   * {@link BeamFrame#from(org.apache.beam.sdk.values.PCollection)} must be applied in its own
   * PCollection's pipeline; a sorted frame is refused (a PCollection has no order).
   *
   * @param pipeline the pipeline to add this frame's transforms to
   * @return the frame's rows, with a Row schema of its columns
   * @throws IllegalStateException if this frame is sorted by {@link #sortValues}
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
   *
   * @param path a local file whose name ends in {@code .svg}, {@code .png} or {@code .dot}
   * @throws IllegalArgumentException if the name has none of those endings
   * @throws IllegalStateException if {@code dot} is needed but not installed, or fails
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public void visualize(String path) {
    PlanPicture.write(plan, Optimizer.DEFAULT.physicalPlan(new CollectNode(plan)), java.nio.file.Path.of(path));
  }

  /**
   * The plan as written, as optimized and as it runs: indented trees with each node's columns and dtypes.
   * Runs nothing.
   *
   * @return the three plans as text
   */
  public String explain() {
    return Optimizer.DEFAULT.explain(plan);
  }

  /**
   * As {@link #explain()}, or with {@code optimize} false, as {@code compute(executor, false)} runs it.
   *
   * @param optimize whether to show the optimizer's rewrite
   * @return the plans as text
   */
  public String explain(boolean optimize) {
    return (optimize ? Optimizer.DEFAULT : Optimizer.AS_WRITTEN).explain(plan);
  }

  /**
   * As {@link #explain()}, for writing the rows with {@link #toCsv(String, boolean)}: how the file is made.
   * Runs nothing and writes nothing.
   *
   * @param path the file {@code toCsv} would write
   * @param overwrite whether {@code toCsv} would replace an existing file
   * @return the plans as text, ending in the CSV sink
   */
  public String explainToCsv(String path, boolean overwrite) {
    return Optimizer.DEFAULT.explain(plan, optimized -> new WriteCsvNode(optimized, path, overwrite, false));
  }

  /**
   * Structure only, like dask's repr: columns, dtypes, input files and the plan; never data, never a run.
   *
   * @return a multi-line description of this lazy frame
   */
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
