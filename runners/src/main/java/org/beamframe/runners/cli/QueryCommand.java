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
      description = "A named aggregation: sum, count, size, mean, min, max, nunique, std, var; repeatable. "
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
      table = result.compute(session);
    }
    table = ordered(table);
    if (head != null) {
      table = table.head(head);
    }
    CsvOutput.write(table, output, spec.commandLine().getOut());
    table.report().ifPresent(report -> spec.commandLine().getErr().println(report.summary()));
    return 0;
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
    for (String key : sort) {
      String[] parts = key.split(":", 2);
      if (parts.length == 2 && !parts[1].equals("desc") && !parts[1].equals("asc")) {
        throw new IllegalArgumentException("--sort " + key + ": the direction is asc or desc, e.g. --sort total:desc");
      }
      columns.add(parts[0]);
      ascending.add(parts.length == 1 || parts[1].equals("asc"));
    }
    return table.sortValues(columns, ascending);
  }
}
