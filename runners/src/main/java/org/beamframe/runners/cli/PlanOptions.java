package org.beamframe.runners.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** Looking at a command's plan instead of running it. */
final class PlanOptions {
  @Option(names = "--explain", description = "Print the plan as written and as optimized, and exit without running.")
  boolean explain;

  /** Prints {@code plan} and returns true when only the plan was asked for. */
  boolean showInsteadOfRunning(String plan, PrintWriter out) {
    if (explain) {
      out.print(plan);
      out.flush();
    }
    return explain;
  }
}
