package org.beamframe.runners.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code beamframe}: run BeamFrame's pipelines from a shell. Exit codes: 0 success, 2 usage error, 1 data or runtime error. */
@Command(name = "beamframe", mixinStandardHelpOptions = true, version = "BeamFrame 0.1.0",
    description = "Lazy pandas-style pipelines on Apache Beam.",
    subcommands = {ArcosCommand.class, MaxPillsCommand.class, GenerateArcosCommand.class})
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

  /** The innermost message: the one that names the file, line or value. */
  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause
        && (cause.getMessage() == null || cause instanceof java.io.UncheckedIOException
            || cause.getClass().getName().startsWith("org.apache.beam"))) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.toString();
  }
}
