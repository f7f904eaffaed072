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
  private final Path scratch;

  private AtomicOutput(Path target) {
    this.target = target;
    String id = UUID.randomUUID().toString();
    this.temporary = target.resolveSibling("." + target.getFileName() + ".in-progress-" + id);
    this.scratch = target.resolveSibling("." + target.getFileName() + ".scratch-" + id);
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

  /** A directory beside the target for the writer's intermediate files (every worker reaches it), removed with the temporary. */
  Path scratch() {
    return scratch;
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

  /** Removes what a failed or finished writer left under the temporary name and in the scratch directory. */
  void cleanUp() {
    for (Path left : new Path[] {temporary, scratch}) {
      if (Files.exists(left)) {
        delete(left);
      }
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
