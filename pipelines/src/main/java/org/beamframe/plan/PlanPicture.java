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

  /**
   * Draws the plan as written and as it runs, side by side (see {@link PlanDot}), into {@code path};
   * what the file holds follows its name's extension. Runs no pipeline.
   *
   * @param written the logical plan as the user wrote it
   * @param physical the physical plan that runs
   * @param path where to write: {@code .dot} or {@code .gv} for DOT text, {@code .svg} or {@code .png}
   *     for a picture drawn by Graphviz's {@code dot}; an existing file is replaced
   * @throws IllegalArgumentException if the name ends in none of those extensions
   * @throws IllegalStateException if a picture is asked for and {@code dot} is not installed, fails, or
   *     the thread is interrupted while it draws
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
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
