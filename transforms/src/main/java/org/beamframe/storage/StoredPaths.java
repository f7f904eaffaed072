package org.beamframe.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Paths through Beam's FileSystems (a local path, {@code file://}, {@code s3://}, any registered
 * scheme): whether one is on this machine's disk, what lies at or under it, opening and removing
 * it. An object store has no directories: a "directory" is every object whose name starts with
 * its path and a slash.
 */
public final class StoredPaths {
  private static final String SCHEME = "^[a-zA-Z][-a-zA-Z0-9+.]*://.*";

  private StoredPaths() {}

  /**
   * {@code path} as Beam's FileSystems take it: a {@code file:} URI becomes the plain local path
   * (Beam's local filesystem would take {@code file:///tmp/x} for a relative path {@code file:/tmp/x}).
   */
  public static String normalize(String path) {
    if (path.startsWith("file://")) {
      return path.substring("file://".length());
    }
    return path.startsWith("file:") ? path.substring("file:".length()) : path;
  }

  /** Whether {@code path} is on this machine's disk: no scheme, or {@code file:}. */
  public static boolean isLocal(String path) {
    return !path.matches(SCHEME) || path.startsWith("file:");
  }

  /** The path named {@code name} in directory {@code directory}. */
  public static String child(String directory, String name, boolean isDirectory) {
    return FileSystems.matchNewResource(normalize(directory), true)
        .resolve(name, isDirectory ? StandardResolveOptions.RESOLVE_DIRECTORY : StandardResolveOptions.RESOLVE_FILE)
        .toString();
  }

  /** The path named {@code name} beside {@code path}, in the same directory. */
  public static String sibling(String path, String name, boolean isDirectory) {
    return child(FileSystems.matchNewResource(normalize(path), false).getCurrentDirectory().toString(), name, isDirectory);
  }

  /** The last part of {@code path}'s name. */
  public static String name(String path) {
    String filename = FileSystems.matchNewResource(normalize(path), false).getFilename();
    return filename == null ? "" : filename;
  }

  /** The files matching {@code spec} (a path or glob), none if nothing matches. */
  public static List<ResourceId> match(String spec) {
    try {
      MatchResult result = FileSystems.match(List.of(normalize(spec))).get(0);
      if (result.status() == MatchResult.Status.NOT_FOUND) {
        return List.of();
      }
      return result.metadata().stream().map(MatchResult.Metadata::resourceId)
          .filter(resource -> !resource.isDirectory()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list \"" + spec + "\": " + describe(e), e);
    }
  }

  /** The files under directory {@code directory}, at any depth. */
  public static List<ResourceId> under(String directory) {
    return match(child(directory, "**", false));
  }

  /** Whether a file, or a directory with files in it, is at {@code path}. */
  public static boolean exists(String path) {
    if (isLocal(path)) {
      return Files.exists(localPath(path));
    }
    return !match(path).isEmpty() || !under(path).isEmpty();
  }

  /** The whole content of the file at {@code path}, as a stream. */
  public static InputStream open(String path) throws IOException {
    ReadableByteChannel channel = FileSystems.open(FileSystems.matchNewResource(normalize(path), false));
    return Channels.newInputStream(channel);
  }

  /** Removes the file or the directory tree at {@code path}, if there is one. */
  public static void delete(String path) {
    if (isLocal(path)) {
      deleteLocal(localPath(path));
      return;
    }
    try {
      FileSystems.delete(match(path), StandardMoveOptions.IGNORE_MISSING_FILES);
      FileSystems.delete(under(path), StandardMoveOptions.IGNORE_MISSING_FILES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete \"" + path + "\": " + describe(e), e);
    }
  }

  /** The local {@code path} as a java.nio path. */
  public static Path localPath(String path) {
    return Path.of(normalize(path)).toAbsolutePath();
  }

  /**
   * What a filesystem (or the server behind it) said, without the class names of the exceptions
   * that wrapped it, and what to check when access was denied.
   */
  public static String describe(Throwable failure) {
    String said = String.valueOf(failure.getMessage()).replaceAll("^(?:(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*: )+", "");
    return said.contains("Status Code: 403")
        ? said + "; check the credentials used (for s3://, the AWS default chain: AWS_ACCESS_KEY_ID and "
            + "AWS_SECRET_ACCESS_KEY, or --awsCredentialsProvider) and their access to this path"
        : said;
  }

  private static void deleteLocal(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
    }
  }
}
