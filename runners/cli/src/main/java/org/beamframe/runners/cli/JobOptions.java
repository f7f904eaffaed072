package org.beamframe.runners.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
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
 * a frame to its output, with the command's other {@code --key=value} flags passed to Beam: show the plan if asked, else run it in a session (watched as its runner
 * shows jobs), write the result, and print the row summary on standard error.
 */
final class JobOptions {
  @Mixin
  RunnerOptions runner;

  @Mixin
  ReadOptions read;

  @Mixin
  PlanOptions plan;

  /** The frame's rows as CSV: to {@code output} from the workers, else to standard output. */
  int writeTable(CommandSpec spec, List<String> beamArgs, DataFrame frame, Path output) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String explained = output == null ? frame.explain() : frame.explainToCsv(output.toString());
    return run(spec, beamArgs, frame, explained, session -> {
      if (output != null) {
        return frame.toCsv(output.toString(), true, session);
      }
      LocalTable table;
      try {
        table = frame.compute(session);
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
  int writeValue(CommandSpec spec, List<String> beamArgs, LazyScalar scalar) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    return run(spec, beamArgs, scalar.frame(), scalar.frame().explain(), session -> {
      LocalTable table = scalar.computeTable(session);
      Object value = table.row(0).get(0);
      out.println(value == null ? "" : value);
      return table.report().orElseThrow();
    });
  }

  private int run(CommandSpec spec, List<String> beamArgs, DataFrame frame, String explained,
      Function<Session, RunReport> output) throws Exception {
    if (plan.showInsteadOfRunning(explained, frame::visualize, spec.commandLine().getOut())) {
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    Session session = runner.session(err, beamArgs);
    RunReport report;
    try (AutoCloseable watch = session.watch(err)) {
      report = output.apply(session);
    }
    err.println(report.summary());
    return 0;
  }
}
