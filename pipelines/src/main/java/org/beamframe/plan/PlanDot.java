package org.beamframe.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.beamframe.types.FrameField;

/** A plan as a Graphviz DOT graph: the plan as written and as it runs (physical), side by side, data flowing up. */
public final class PlanDot {
  private static final int WRAP = 60;
  private static final int MAX_COLUMNS = 8;

  private PlanDot() {}

  /**
   * The DOT text of two plans, each in its own labelled cluster; every node shows its description and
   * its output columns (the last three and a count when there are more than eight).
   *
   * @param written the logical plan as the user wrote it
   * @param physical the physical plan that runs
   * @return a complete {@code digraph} for Graphviz's {@code dot}
   */
  public static String render(PlanTree written, PlanTree physical) {
    StringBuilder dot = new StringBuilder("digraph plan {\n")
        .append("  rankdir=BT;\n")
        .append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f5f5f5\", fontname=\"Helvetica\", fontsize=10];\n");
    cluster(dot, "written", "as written", written);
    cluster(dot, "physical", "as it runs (physical plan)", physical);
    return dot.append("}\n").toString();
  }

  private static void cluster(StringBuilder dot, String id, String title, PlanTree root) {
    dot.append("  subgraph cluster_").append(id).append(" {\n")
        .append("    label=\"").append(title).append("\"; fontname=\"Helvetica\";\n");
    nodes(dot, id, root, new int[] {0});
    dot.append("  }\n");
  }

  /** Emits {@code node} and its inputs; returns the node's DOT id. */
  private static String nodes(StringBuilder dot, String prefix, PlanTree node, int[] counter) {
    String name = prefix + "_" + counter[0]++;
    List<FrameField> fields = node.schema().fields();
    String columns = fields.size() <= MAX_COLUMNS
        ? fields.stream().map(FrameField::toString).collect(Collectors.joining(", "))
        : fields.size() + " columns, the last: " + fields.subList(fields.size() - 3, fields.size()).stream()
            .map(FrameField::toString).collect(Collectors.joining(", "));
    dot.append("    ").append(name).append(" [label=\"").append(escape(wrap(node.describe())))
        .append("\\n\\n").append(escape(wrap(columns))).append("\"];\n");
    for (PlanTree child : node.children()) {
      String input = nodes(dot, prefix, child, counter);
      dot.append("    ").append(input).append(" -> ").append(name).append(";\n");
    }
    return name;
  }

  private static String wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + word.length() + 1 > WRAP) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return String.join("\n", lines);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\l") + "\\l";
  }
}
