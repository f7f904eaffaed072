package org.beamframe.runners.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** Looking at a command's plan instead of running it. */
final class PlanOptions {
  @Option(names = "--explain", description = "Print the plan as written and as optimized, and exit without running.")
  boolean explain;

  @Option(names = "--visualize", paramLabel = "FILE",
      description = "Draw the plan as written and as optimized to FILE (.svg or .png with Graphviz's dot, or .dot), "
          + "and exit without running.")
  java.nio.file.Path visualize;

  /** Shows the plan as asked ({@code explain} prints it, {@code draw} writes the picture); true if only that was asked. */
  boolean showInsteadOfRunning(String plan, java.util.function.Consumer<String> draw, PrintWriter out) {
    if (explain) {
      out.print(plan);
      out.flush();
    }
    if (visualize != null) {
      draw.accept(visualize.toString());
      out.println("wrote the plan to " + visualize);
      out.flush();
    }
    return explain || visualize != null;
  }
}
