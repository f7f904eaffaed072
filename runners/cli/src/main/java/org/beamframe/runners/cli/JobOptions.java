package org.beamframe.runners.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.beamframe.DataFrame;
import org.beamframe.LazyScalar;
import org.beamframe.LocalTable;
import org.beamframe.exec.ResultTooLargeException;
import org.beamframe.exec.RunReport;
import org.beamframe.runners.Session;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command that runs a frame shares: its runner, read and plan flags, and one path from
 * a frame to its output, with the command's other {@code --key=value} flags passed to Beam: start
 * the session (so the frame's paths resolve on any filesystem), build the frame, show the plan if
 * asked, else run it (watched as its runner shows jobs), write the result, and print the row
 * summary on standard error.
 */
final class JobOptions {
  @Mixin
  RunnerOptions runner;

  @Mixin
  ReadOptions read;

  @Mixin
  PlanOptions plan;

  /** The frame's rows as CSV: to {@code output} from the workers, else to standard output. */
  int writeTable(CommandSpec spec, List<String> beamArgs, Supplier<DataFrame> frame, OutputOptions output)
      throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    return run(spec, beamArgs, frame, built -> built,
        built -> output.path == null ? built.explain() : built.explainToCsv(output.path, output.overwrite),
        (built, session) -> {
          if (output.path != null) {
            return built.toCsv(output.path, output.overwrite, session);
          }
          LocalTable table;
          try {
            table = built.compute(session);
          } catch (ResultTooLargeException tooLarge) {
            throw new ResultTooLargeException("the result has more than " + tooLarge.exceeded() + ", too many to print "
                + "here: write it to a file with --output FILE, which the workers write", tooLarge.exceeded());
          }
          table.writeCsv(out);
          out.flush();
          return table.report().orElseThrow();
        });
  }

  /** The value on a line of its own (empty when missing). */
  int writeValue(CommandSpec spec, List<String> beamArgs, Supplier<LazyScalar> scalar) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    return run(spec, beamArgs, scalar, LazyScalar::frame, built -> built.frame().explain(), (built, session) -> {
      LocalTable table = built.computeTable(session);
      Object value = table.row(0).get(0);
      out.println(value == null ? "" : value);
      return table.report().orElseThrow();
    });
  }

  private <T> int run(CommandSpec spec, List<String> beamArgs, Supplier<T> build, Function<T, DataFrame> frameOf,
      Function<T, String> explain, BiFunction<T, Session, RunReport> output) throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    try (Session session = Session.start(runner.session(err, beamArgs))) {
      T built = build.get();
      if (plan.showInsteadOfRunning(explain.apply(built), frameOf.apply(built)::visualize, spec.commandLine().getOut())) {
        return 0;
      }
      RunReport report;
      try (AutoCloseable watch = session.watch(err)) {
        report = output.apply(built, session);
      }
      err.println(report.summary());
      return 0;
    }
  }
}
