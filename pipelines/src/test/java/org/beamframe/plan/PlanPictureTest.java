package org.beamframe.plan;

import static org.beamframe.expr.Expressions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.beamframe.BeamFrame;
import org.beamframe.DataFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** visualize(): DOT text of the plan as written and as optimized, and a picture drawn by Graphviz. */
class PlanPictureTest {
  @TempDir Path dir;

  private DataFrame frame() throws IOException {
    Path file = Files.writeString(dir.resolve("s.csv"), "a,b\n1,x\n");
    return BeamFrame.readCsv(file.toString()).filter(col("a").gt(0)).groupby("b").col("a").sum();
  }

  @Test
  void dotTextShowsBothPlansWithEachNodesColumns() throws IOException {
    DataFrame frame = frame();
    Path dot = dir.resolve("plan.dot");
    frame.visualize(dot.toString());
    // The read's label holds the temporary path, whose length moves the line breaks: compared apart.
    String text = Files.readString(dot);
    String readLabel = "ReadCsv " + dir.resolve("s.csv") + " (1 file) parses 2 of 2 columns";
    java.util.regex.Matcher reads = java.util.regex.Pattern.compile("label=\"(ReadCsv [^\"]*?columns)\\\\l\\\\n").matcher(text);
    int found = 0;
    while (reads.find()) {
      assertEquals(readLabel, reads.group(1).replace("\\l", " "));
      found++;
    }
    assertEquals(2, found);
    assertEquals("""
        digraph plan {
          rankdir=BT;
          node [shape=box, style="rounded,filled", fillcolor="#f5f5f5", fontname="Helvetica", fontsize=10];
          subgraph cluster_written {
            label="as written"; fontname="Helvetica";
            written_0 [label="Aggregate by [b] [a=sum(a)]\\l\\n\\nb: object, a: int64\\l"];
            written_1 [label="Filter (a > 0)\\l\\n\\na: int64, b: object\\l"];
            written_2 [label="READ\\n\\na: int64, b: object\\l"];
            written_2 -> written_1;
            written_1 -> written_0;
          }
          subgraph cluster_optimized {
            label="as optimized (what runs)"; fontname="Helvetica";
            optimized_0 [label="Aggregate by [b] [a=sum(a)], pre-aggregated per split before\\lthe shuffle\\l\\n\\nb: object, a: int64\\l"];
            optimized_1 [label="Rows (one fused step): Filter (a > 0)\\l\\n\\na: int64, b: object\\l"];
            optimized_2 [label="READ\\n\\na: int64, b: object\\l"];
            optimized_2 -> optimized_1;
            optimized_1 -> optimized_0;
          }
        }
        """, text.replaceAll("ReadCsv [^\"]*?columns\\\\l", "READ"));
  }

  @Test
  void svgIsDrawnByGraphvizAndUnknownFormatsAreRefused() throws IOException {
    DataFrame frame = frame();
    Path svg = dir.resolve("plan.svg");
    frame.visualize(svg.toString());
    String picture = Files.readString(svg);
    assertTrue(picture.contains("<svg"), "an SVG document");
    assertTrue(picture.contains("pre&#45;aggregated per split") || picture.contains("pre-aggregated per split"),
        "the optimized plan's text is in the picture");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> frame.visualize(dir + "/plan.bmp"));
    assertEquals("cannot tell the picture format of " + dir + "/plan.bmp; use a name ending in .svg, .png or .dot",
        e.getMessage());
  }
}
