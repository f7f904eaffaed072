package org.beamframe.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a plan's DOT to a file: {@code .dot} as text, {@code .svg}/{@code .png} rendered by Graphviz's {@code dot}. */
public final class PlanPicture {
  private PlanPicture() {}

  public static void write(PlanTree written, PlanTree physical, Path path) {
    String dot = PlanDot.render(written, physical);
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".dot") || name.endsWith(".gv")) {
        Files.writeString(path, dot);
        return;
      }
      String format = name.endsWith(".svg") ? "svg" : name.endsWith(".png") ? "png" : null;
      if (format == null) {
        throw new IllegalArgumentException("cannot tell the picture format of " + path + "; use a name ending in "
            + ".svg, .png or .dot");
      }
      render(dot, format, path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  private static void render(String dot, String format, Path path) throws IOException {
    Process process;
    try {
      process = new ProcessBuilder("dot", "-T" + format, "-o", path.toString()).redirectErrorStream(true).start();
    } catch (IOException notInstalled) {
      throw new IllegalStateException("Graphviz's dot is needed to draw " + path + " but is not installed; install it "
          + "(Debian/Ubuntu: apt-get install graphviz), or write the plan as .dot text instead", notInstalled);
    }
    try (OutputStream in = process.getOutputStream()) {
      in.write(dot.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new IllegalStateException("dot failed to draw " + path + ": " + output.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing " + path, e);
    }
  }
}
