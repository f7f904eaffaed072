package org.beamframe.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.beamframe.storage.StoredPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output that appears complete or not at all: written under a hidden temporary name beside the
 * target, and moved into place only when the writing succeeded; an existing target is replaced
 * only when asked to. On a local disk the move is one atomic rename. An object store has no
 * rename: each object is copied to its final name, over the old one, and the temporary one deleted
 * (Beam's {@code FileSystems.rename}), so a single file is always whole, the old or the new, and
 * shards are replaced one by one, each whole, their names saying how many there are
 * ({@code part-00001-of-00004.csv}).
 */
final class AtomicOutput {
  private static final Logger LOG = LoggerFactory.getLogger(AtomicOutput.class);
  /** The shards {@code WriteCsv.shardsIn} writes; anything else under the temporary directory is the writer's own. */
  private static final String SHARD = "part-\\d+-of-\\d+\\.csv";

  private final String target;
  private final boolean overwrite;
  private final String temporary;
  private final String scratch;

  private AtomicOutput(String target, boolean overwrite) {
    this.target = target;
    this.overwrite = overwrite;
    String id = UUID.randomUUID().toString();
    String name = StoredPaths.name(target);
    this.temporary = StoredPaths.sibling(target, "." + name + ".in-progress-" + id, false);
    this.scratch = StoredPaths.sibling(target, "." + name + ".scratch-" + id, true);
  }

  /** An output at {@code path} (any filesystem Beam has); refuses an existing one unless {@code overwrite}. */
  static AtomicOutput at(String path, boolean overwrite) {
    String target = FileSystems.matchNewResource(StoredPaths.normalize(path).replaceAll("(?<=.)/+$", ""), false)
        .toString();
    if (!overwrite && StoredPaths.exists(target)) {
      throw exists(target);
    }
    return new AtomicOutput(target, overwrite);
  }

  private static IllegalArgumentException exists(String target) {
    return new IllegalArgumentException("output " + target + " exists; choose another path or allow replacing it "
        + "(overwrite=true, --overwrite on the command line)");
  }

  /** Where the writer writes (a file, or a directory of shards), never taken for a finished output. */
  String temporary() {
    return temporary;
  }

  /** A directory beside the target for the writer's intermediate files (every worker reaches it), removed with the temporary. */
  String scratch() {
    return scratch;
  }

  /** Moves what was written into place, replacing an existing file or directory if allowed. */
  void commit() {
    if (!overwrite && StoredPaths.exists(target)) {
      throw exists(target); // it appeared while the run wrote
    }
    if (StoredPaths.isLocal(target)) {
      commitLocally(Path.of(target), Path.of(temporary));
      return;
    }
    List<ResourceId> file = StoredPaths.match(temporary);
    List<ResourceId> from = new ArrayList<>(file);
    List<ResourceId> to = new ArrayList<>();
    if (!file.isEmpty()) {
      to.add(FileSystems.matchNewResource(target, false));
    } else {
      String prefix = FileSystems.matchNewResource(temporary, true).toString();
      for (ResourceId written : StoredPaths.under(temporary)) {
        String name = written.toString().substring(prefix.length());
        if (name.matches(SHARD)) {
          from.add(written);
          to.add(FileSystems.matchNewResource(StoredPaths.child(target, name, false), false));
        }
      }
    }
    Set<String> replaced = to.stream().map(ResourceId::toString).collect(Collectors.toSet());
    List<ResourceId> stale = new ArrayList<>(file.isEmpty() ? StoredPaths.match(target) : List.of());
    for (ResourceId old : StoredPaths.under(target)) {
      if (!replaced.contains(old.toString())) {
        stale.add(old); // a shard of an older output, or shards where a file now goes
      }
    }
    try {
      FileSystems.rename(from, to);
      FileSystems.delete(stale, StandardMoveOptions.IGNORE_MISSING_FILES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the finished output into place at " + target + ": "
          + StoredPaths.describe(e), e);
    }
  }

  private static void commitLocally(Path target, Path temporary) {
    if (!Files.exists(temporary)) {
      throw new IllegalStateException("the run finished but its output " + temporary + " is not on this machine: "
          + "the workers wrote it on their own disks. For a cluster on other machines write to a path every "
          + "machine reaches, e.g. s3://BUCKET/" + target.getFileName());
    }
    Path previous = target.resolveSibling("." + target.getFileName() + ".replaced-" + UUID.randomUUID());
    try {
      if (Files.isDirectory(target)) {
        Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      StoredPaths.delete(previous.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the finished output into place at " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Removes what a failed or finished writer left under the temporary name and in the scratch
   * directory. A removal that fails is logged, not thrown: it must not hide the run's own outcome.
   */
  void cleanUp() {
    for (String left : List.of(temporary, scratch)) {
      try {
        StoredPaths.delete(left);
      } catch (RuntimeException e) {
        LOG.warn("could not remove {}; remove it by hand: {}", left, e.getMessage());
      }
    }
  }
}
