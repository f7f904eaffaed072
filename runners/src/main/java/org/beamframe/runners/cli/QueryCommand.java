package org.beamframe.runners.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.beamframe.BeamFrame;
import org.beamframe.DataFrame;
import org.beamframe.LocalTable;
import org.beamframe.agg.AggSpec;
import org.beamframe.exec.RunReport;
import org.beamframe.runners.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code beamframe query}: pandas' read_csv, eval, query, column selection and groupby().agg()
 * from the shell, in that order, on any runner.
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

  @Option(names = "--assign", paramLabel = "'NAME = EXPR'", description = "A new column, as df.eval; repeatable, in order.")
  List<String> assignments = new ArrayList<>();

  @Option(names = "--filter", paramLabel = "EXPR", description = "Keep the rows where EXPR is true, as df.query.")
  String filter;

  @Option(names = "--select", split = ",", paramLabel = "COL", description = "Keep these columns, in this order.")
  List<String> select;

  @Option(names = "--groupby", split = ",", paramLabel = "COL", description = "Group by these columns (needs --agg).")
  List<String> groupby;

  @Option(names = "--keep-null-keys",
      description = "Keep rows whose group key is missing, as a group of their own (pandas' groupby(dropna=False)).")
  boolean keepNullKeys;

  @Option(names = "--agg", paramLabel = "NAME=FUNC(COL)",
      description = "A named aggregation: sum, count, size, mean, min, max, nunique, std, var, first, last; repeatable. "
          + "Without --groupby: one row for the whole input.")
  List<String> aggregations = new ArrayList<>();

  @Option(names = "--sort", split = ",", paramLabel = "COL[:desc]",
      description = "Sort the result (default: by the group keys).")
  List<String> sort;

  @Option(names = "--head", paramLabel = "N", description = "Only the first N rows of the (sorted) result.")
  Integer head;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the CSV here (atomically) instead of to stdout.")
  Path output;

  @Mixin
  RunnerOptions runner;

  @Mixin
  ReadOptions read;

  @Mixin
  PlanOptions plan;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DataFrame frame = BeamFrame.readCsv(input, read.csvOptions().withDtypes(dtypes));
    for (String assignment : assignments) {
      frame = frame.eval(assignment);
    }
    if (filter != null) {
      frame = frame.query(filter);
    }
    if (select != null) {
      frame = frame.select(select.toArray(String[]::new));
    }
    DataFrame result = aggregate(frame);
    if (plan.showInsteadOfRunning(result.explain(), result::visualize, spec.commandLine().getOut())) {
      return 0;
    }
    Session session = runner.session(spec.commandLine().getErr());
    if (aggregations.isEmpty() && sort == null && head == null && output != null) {
      // Rows, not a small result: streamed to the file by the workers, never held here.
      RunReport report;
      try (AutoCloseable watch = runner.watch(spec.commandLine().getErr())) {
        report = result.toCsv(output.toString(), true, session);
      }
      spec.commandLine().getErr().println(report.summary());
      return 0;
    }
    LocalTable table;
    try (AutoCloseable watch = runner.watch(spec.commandLine().getErr())) {
      table = rows(result, session);
    }
    CsvOutput.write(table, output, spec.commandLine().getOut());
    table.report().ifPresent(report -> spec.commandLine().getErr().println(report.summary()));
    return 0;
  }

  /**
   * The result as asked: without an aggregation, --head alone reads only the first rows, and --head
   * with one --sort column keeps each worker's top rows (nlargest) instead of sorting everything.
   */
  private LocalTable rows(DataFrame result, Session session) {
    if (aggregations.isEmpty() && head != null) {
      if (sort == null) {
        return result.head(head);
      }
      if (sort.size() == 1) {
        String[] key = key(sort.get(0));
        DataFrame top = key[1].equals("desc") ? result.nlargest(head, key[0]) : result.nsmallest(head, key[0]);
        return top.compute(session);
      }
    }
    LocalTable table = ordered(result.compute(session));
    return head == null ? table : table.head(head);
  }

  /** {@code COL[:asc|desc]} as {column, direction}. */
  private static String[] key(String text) {
    String[] parts = text.split(":", 2);
    String direction = parts.length == 1 ? "asc" : parts[1];
    if (!direction.equals("asc") && !direction.equals("desc")) {
      throw new IllegalArgumentException("--sort " + text + ": the direction is asc or desc, e.g. --sort total:desc");
    }
    return new String[] {parts[0], direction};
  }

  private DataFrame aggregate(DataFrame frame) {
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

  private LocalTable ordered(LocalTable table) {
    if (sort == null) {
      return groupby == null ? table : table.sortedBy(groupby);
    }
    List<String> columns = new ArrayList<>();
    List<Boolean> ascending = new ArrayList<>();
    for (String text : sort) {
      String[] key = key(text);
      columns.add(key[0]);
      ascending.add(key[1].equals("asc"));
    }
    return table.sortValues(columns, ascending);
  }
}
