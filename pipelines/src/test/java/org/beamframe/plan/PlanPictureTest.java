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
    java.util.regex.Matcher read = java.util.regex.Pattern.compile("label=\"(ReadCsv [^\"]*?columns)\\\\l\\\\n").matcher(text);
    assertTrue(read.find(), text);
    assertEquals("ReadCsv " + dir.resolve("s.csv") + " (1 file) parses 2 of 2 columns", read.group(1).replace("\\l", " "));
    java.util.regex.Matcher scan = java.util.regex.Pattern.compile("label=\"(CsvScan [^\"]*?\\(a > 0\\))\\\\l\\\\n").matcher(text);
    assertTrue(scan.find(), text);
    assertEquals("CsvScan " + dir.resolve("s.csv") + " (1 file) in 1 split, parses 2 of 2 columns; then per row: Filter "
        + "(a > 0)", scan.group(1).replace("\\l", " ").replaceAll(" +", " "));
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
          subgraph cluster_physical {
            label="as it runs (physical plan)"; fontname="Helvetica";
            physical_0 [label="Collect, sorted here by [b]\\l\\n\\nb: object, a: int64\\l"];
            physical_1 [label="FinalAggregate by [b] [a=sum(a)]: merges partial groups by\\lkey hash on every worker\\l\\n\\nb: object, a: int64\\l"];
            physical_2 [label="PartialAggregate by [b] [a=sum(a)], one table per worker\\l(handed on early past its budget); a table past the result's\\lrow limit stops the run\\l\\n\\nb: object, a: int64\\l"];
            physical_3 [label="SCAN\\n\\na: int64, b: object\\l"];
            physical_3 -> physical_2;
            physical_2 -> physical_1;
            physical_1 -> physical_0;
          }
        }
        """, text.replaceAll("ReadCsv [^\"]*?columns\\\\l", "READ").replaceAll("CsvScan [^\"]*?\\(a > 0\\)\\\\l", "SCAN"));
  }

  @Test
  void svgIsDrawnByGraphvizAndUnknownFormatsAreRefused() throws IOException {
    DataFrame frame = frame();
    Path svg = dir.resolve("plan.svg");
    frame.visualize(svg.toString());
    String picture = Files.readString(svg);
    assertTrue(picture.contains("<svg"), "an SVG document");
    assertTrue(picture.contains("PartialAggregate"), "the physical plan's text is in the picture");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> frame.visualize(dir + "/plan.bmp"));
    assertEquals("cannot tell the picture format of " + dir + "/plan.bmp; use a name ending in .svg, .png or .dot",
        e.getMessage());
  }
}
