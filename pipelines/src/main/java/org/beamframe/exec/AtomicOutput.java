package org.beamframe.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An output that appears complete or not at all: written under a hidden temporary name beside the
 * target, and moved into place only when the writing succeeded; an existing target is replaced
 * only when asked to.
 */
final class AtomicOutput {
  private final Path target;
  private final Path temporary;

  private AtomicOutput(Path target) {
    this.target = target;
    this.temporary = target.resolveSibling("." + target.getFileName() + ".in-progress-" + UUID.randomUUID());
  }

  /** An output at {@code path}; refuses an existing one unless {@code overwrite}. */
  static AtomicOutput at(String path, boolean overwrite) {
    Path target = Path.of(path).toAbsolutePath();
    if (Files.exists(target) && !overwrite) {
      throw new IllegalArgumentException("output " + target + " exists; choose another path or pass overwrite=true");
    }
    return new AtomicOutput(target);
  }

  /** Where the writer writes (a file or a directory), never taken for a finished output. */
  Path temporary() {
    return temporary;
  }

  /** Moves what was written into place, replacing an existing file or directory. */
  void commit() {
    Path previous = target.resolveSibling("." + target.getFileName() + ".replaced-" + UUID.randomUUID());
    try {
      if (Files.isDirectory(target)) {
        Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      if (Files.exists(previous)) {
        delete(previous);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the finished output into place at " + target + ": " + e.getMessage(), e);
    }
  }

  /** Removes what a failed or finished writer left under the temporary name. */
  void cleanUp() {
    if (Files.exists(temporary)) {
      delete(temporary);
    }
  }

  static void delete(Path path) {
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
    }
  }
}
