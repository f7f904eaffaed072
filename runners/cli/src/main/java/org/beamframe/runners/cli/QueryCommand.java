package org.beamframe.runners.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.beamframe.BeamFrame;
import org.beamframe.DataFrame;
import org.beamframe.Keep;
import org.beamframe.agg.AggSpec;
import org.beamframe.expr.text.ExprParser;
import org.beamframe.types.SortKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code beamframe query}: pandas' read_csv, eval, query, column selection and groupby().agg() (or
 * describe()) from the shell, in that order, on any runner.
 */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Ask a question of CSV files: read, assign, filter, select, group and aggregate; prints CSV.",
        "Expressions use pandas' query/eval syntax, e.g. --filter \"Measure == 'TAB' and DOSAGE_UNIT > 1000\"."})
final class QueryCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "GLOB", description = "CSV file(s): a path or a glob.")
  String input;

  @Option(names = "--dtype", paramLabel = "COL=TYPE",
      description = "Declare a column's dtype (object, int64, float64, bool, datetime64); repeatable.")
  Map<String, String> dtypes = new LinkedHashMap<>();

  @Option(names = "--var", paramLabel = "NAME=VALUE",
      description = "The value of @NAME in --assign and --filter, as pandas' local variables: a number, 'text', "
          + "True, False or a list ['a', 'b']; any other text is a string; repeatable.")
  Map<String, String> variables = new LinkedHashMap<>();

  @Option(names = "--assign", paramLabel = "'NAME = EXPR'", description = "A new column, as df.eval; repeatable, in order.")
  List<String> assignments = new ArrayList<>();

  @Option(names = "--filter", paramLabel = "EXPR", description = "Keep the rows where EXPR is true, as df.query.")
  String filter;

  @Option(names = "--select", split = ",", paramLabel = "COL", description = "Keep these columns, in this order.")
  List<String> select;

  @Option(names = "--drop-duplicates", arity = "0..1", fallbackValue = "", paramLabel = "COLS",
      description = "Keep one row per distinct value of these comma-separated columns (all columns if none given), "
          + "as df.drop_duplicates(subset); after --select.")
  String dropDuplicates;

  @Option(names = "--keep", paramLabel = "WHICH",
      description = "With --drop-duplicates: first (default), last, or none (pandas' keep=False: only rows "
          + "without a duplicate).")
  String keep;

  @Option(names = "--groupby", split = ",", paramLabel = "COL", description = "Group by these columns (needs --agg).")
  List<String> groupby;

  @Option(names = "--keep-null-keys",
      description = "Keep rows whose group key is missing, as a group of their own (pandas' groupby(dropna=False)).")
  boolean keepNullKeys;

  @Option(names = "--agg", paramLabel = "NAME=FUNC(COL)",
      description = "A named aggregation: sum, count, size, mean, min, max, nunique, std, var, first, last; repeatable. "
          + "Without --groupby: one row for the whole input.")
  List<String> aggregations = new ArrayList<>();

  @Option(names = "--describe",
      description = "Instead of the rows, count, mean, std, min, 25%, 50%, 75% and max of each int64 and float64 "
          + "column (pandas' describe()), in one pass; no --groupby or --agg.")
  boolean describe;

  @Option(names = "--sort", split = ",", paramLabel = "COL[:desc]",
      description = "Sort the result (default: by the group keys).")
  List<String> sort;

  @Option(names = "--head", paramLabel = "N", description = "Only the first N rows of the (sorted) result.")
  Integer head;

  @Mixin
  OutputOptions output;

  @Mixin
  JobOptions job;

  /** Every other {@code --key=value} flag goes to Beam's PipelineOptions. */
  @Unmatched
  List<String> beamArgs = new ArrayList<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return job.writeTable(spec, beamArgs, this::frame, output);
  }

  /** The query's frame, built once the session is started (so s3:// inputs resolve). */
  private DataFrame frame() {
    DataFrame frame = BeamFrame.readCsv(input, job.read.csvOptions().withDtypes(dtypes));
    Map<String, Object> values = new LinkedHashMap<>();
    variables.forEach((name, text) -> values.put(name, ExprParser.parseValue(text)));
    for (String assignment : assignments) {
      frame = frame.eval(assignment, values);
    }
    if (filter != null) {
      frame = frame.query(filter, values);
    }
    if (select != null) {
      frame = frame.select(select.toArray(String[]::new));
    }
    if (dropDuplicates != null) {
      String[] subset = dropDuplicates.isBlank() ? new String[0]
          : Arrays.stream(dropDuplicates.split(",")).map(String::strip).toArray(String[]::new);
      frame = frame.dropDuplicates(keep(), subset);
    } else if (keep != null) {
      throw new IllegalArgumentException("--keep " + keep + " needs --drop-duplicates [COLS]");
    }
    return ordered(aggregate(frame));
  }

  private Keep keep() {
    return switch (keep == null ? "first" : keep) {
      case "first" -> Keep.FIRST;
      case "last" -> Keep.LAST;
      case "none", "False", "false" -> Keep.NONE;
      default -> throw new IllegalArgumentException("--keep " + keep + ": expected first, last or none");
    };
  }

  /**
   * The order and length asked for: --sort as sort_values (a group-by's result is sorted by its keys
   * anyway), --head as head; without an aggregation, --head with one --sort column means nlargest
   * (or nsmallest), so each worker keeps only its top rows instead of all being sorted.
   */
  private DataFrame ordered(DataFrame frame) {
    if (sort == null) {
      return head == null ? frame : frame.limit(head);
    }
    List<SortKey> keys = sort.stream().map(QueryCommand::key).toList();
    if (aggregations.isEmpty() && head != null && keys.size() == 1) {
      SortKey key = keys.get(0);
      return key.ascending() ? frame.nsmallest(head, key.column()) : frame.nlargest(head, key.column());
    }
    DataFrame sorted = frame.sortValues(keys.toArray(SortKey[]::new));
    return head == null ? sorted : sorted.limit(head);
  }

  /** {@code COL[:asc|desc]}. */
  private static SortKey key(String text) {
    String[] parts = text.split(":", 2);
    String direction = parts.length == 1 ? "asc" : parts[1];
    if (!direction.equals("asc") && !direction.equals("desc")) {
      throw new IllegalArgumentException("--sort " + text + ": the direction is asc or desc, e.g. --sort total:desc");
    }
    return direction.equals("asc") ? SortKey.ascending(parts[0]) : SortKey.descending(parts[0]);
  }

  private DataFrame aggregate(DataFrame frame) {
    if (describe) {
      if (groupby != null || !aggregations.isEmpty()) {
        throw new IllegalArgumentException("--describe summarizes the rows by itself; leave out --groupby and --agg");
      }
      return frame.describe();
    }
    String anyColumn = frame.schema().names().get(0);
    AggSpec[] specs = aggregations.stream().map(text -> AggOption.parse(text, anyColumn)).toArray(AggSpec[]::new);
    if (groupby != null) {
      if (specs.length == 0) {
        throw new IllegalArgumentException("--groupby needs at least one --agg NAME=FUNC(COL), e.g. --agg rows=size()");
      }
      String[] keys = groupby.toArray(String[]::new);
      return (keepNullKeys ? frame.groupbyKeepingNullKeys(keys) : frame.groupby(keys)).agg(specs);
    }
    return specs.length == 0 ? frame : frame.agg(specs);
  }
}
