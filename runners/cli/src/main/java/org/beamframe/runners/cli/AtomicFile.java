package org.beamframe.runners.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a text file beside its target and renames it into place, so no reader sees half of it. */
final class AtomicFile {
  /** What writes the content. */
  interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  private AtomicFile() {}

  static void write(Path target, Content content) {
    Path absolute = target.toAbsolutePath();
    Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".in-progress");
    try {
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        content.writeTo(writer);
      }
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
