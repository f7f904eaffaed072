package org.beamframe.plan;

import java.util.stream.Collectors;
import org.beamframe.types.FrameField;

/** Prints a plan as an indented tree, root first, each node with its output columns and dtypes. */
public final class PlanPrinter {
  private PlanPrinter() {}

  /**
   * The text explain prints: one line per node with its description, then an indented
   * {@code ->} line with its output columns, each input indented two spaces further.
   *
   * @param root a logical or physical plan
   * @return the plan as text, one node per two lines, each ending in a newline
   */
  public static String explain(PlanTree root) {
    StringBuilder text = new StringBuilder();
    print(root, 0, text);
    return text.toString();
  }

  private static void print(PlanTree node, int depth, StringBuilder text) {
    text.append("  ".repeat(depth)).append(node.describe()).append('\n');
    text.append("  ".repeat(depth)).append("  -> ")
        .append(node.schema().fields().stream().map(FrameField::toString).collect(Collectors.joining(", ")))
        .append('\n');
    for (PlanTree child : node.children()) {
      print(child, depth + 1, text);
    }
  }
}
