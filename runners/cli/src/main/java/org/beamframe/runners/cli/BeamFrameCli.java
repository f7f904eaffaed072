package org.beamframe.runners.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code beamframe}: run BeamFrame's pipelines from a shell. Exit codes: 0 success, 2 usage error, 1 data or runtime error. */
@Command(name = "beamframe", mixinStandardHelpOptions = true, version = "BeamFrame 0.1.0",
    description = "Lazy pandas-style pipelines on Apache Beam.",
    subcommands = {ArcosCommand.class, MaxPillsCommand.class, QueryCommand.class, GenerateArcosCommand.class, ClusterCommand.class})
public final class BeamFrameCli {
  private BeamFrameCli() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line; returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new BeamFrameCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> {
      cmd.getErr().println("error: " + rootMessage(failure));
      return 1;
    });
    return commandLine.execute(args);
  }

  /**
   * The message to show: BeamFrame's own error deepest in the chain (a worker's bad record, say,
   * under the runner's "job failed" wrappers); a runner's failure by its root cause (e.g. the lost
   * TaskManager); else the first message in the chain.
   */
  static String rootMessage(Throwable failure) {
    Throwable own = null;
    Throwable deepestWithMessage = null;
    boolean runner = false;
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause.getClass().getName().startsWith("org.beamframe.")) {
        own = cause;
      }
      if (cause.getClass().getName().startsWith("org.apache.flink.")) {
        runner = true;
      }
      if (cause.getMessage() != null) {
        deepestWithMessage = cause;
      }
    }
    Throwable shown = own != null ? own
        : runner && deepestWithMessage != null ? deepestWithMessage
        : failure.getMessage() != null ? failure : deepestWithMessage != null ? deepestWithMessage : failure;
    return shown.getMessage() != null ? shown.getMessage() : shown.toString();
  }
}
