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
   * Any other path is returned as it is.
   *
   * @param path a local path, a {@code file:} URI, or a path with another scheme
   * @return the path to hand to Beam's FileSystems
   */
  public static String normalize(String path) {
    if (path.startsWith("file://")) {
      return path.substring("file://".length());
    }
    return path.startsWith("file:") ? path.substring("file:".length()) : path;
  }

  /**
   * Whether {@code path} is on this machine's disk: no scheme, or {@code file:}.
   *
   * @param path any path
   * @return true for a plain path or a {@code file:} URI, false for {@code s3://} and other schemes
   */
  public static boolean isLocal(String path) {
    return !path.matches(SCHEME) || path.startsWith("file:");
  }

  /**
   * The path named {@code name} in directory {@code directory}. Nothing is created.
   *
   * @param directory the directory's path, with or without a trailing slash
   * @param name the child's name, relative to {@code directory}
   * @param isDirectory whether the child is itself a directory (resolved as one)
   * @return the child's full path, in the directory's scheme
   */
  public static String child(String directory, String name, boolean isDirectory) {
    return FileSystems.matchNewResource(normalize(directory), true)
        .resolve(name, isDirectory ? StandardResolveOptions.RESOLVE_DIRECTORY : StandardResolveOptions.RESOLVE_FILE)
        .toString();
  }

  /**
   * The path named {@code name} beside {@code path}, in the same directory. Nothing is created.
   *
   * @param path a file's path
   * @param name the sibling's name
   * @param isDirectory whether the sibling is a directory (resolved as one)
   * @return the sibling's full path, in {@code path}'s scheme
   */
  public static String sibling(String path, String name, boolean isDirectory) {
    return child(FileSystems.matchNewResource(normalize(path), false).getCurrentDirectory().toString(), name, isDirectory);
  }

  /**
   * The last part of {@code path}'s name.
   *
   * @param path any path
   * @return its file name, e.g. {@code a.csv} for {@code s3://bucket/dir/a.csv}; empty when it has none
   */
  public static String name(String path) {
    String filename = FileSystems.matchNewResource(normalize(path), false).getFilename();
    return filename == null ? "" : filename;
  }

  /**
   * The files matching {@code spec} (a path or glob), none if nothing matches. Directories are left out.
   *
   * @param spec a path or glob of any scheme Beam's FileSystems know
   * @return the matching files, in the filesystem's order; empty when nothing matches
   * @throws java.io.UncheckedIOException if the filesystem cannot list {@code spec}
   */
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

  /**
   * The files under directory {@code directory}, at any depth; on an object store, every object whose
   * name starts with the directory's path and a slash.
   *
   * @param directory the directory's path
   * @return the files under it; empty when there are none
   * @throws java.io.UncheckedIOException if the filesystem cannot list the directory
   */
  public static List<ResourceId> under(String directory) {
    return match(child(directory, "**", false));
  }

  /**
   * Whether a file, or a directory with files in it, is at {@code path}. On this machine's disk any
   * file or directory counts, even an empty directory.
   *
   * @param path a local path or a path of any scheme Beam's FileSystems know
   * @return true if something is there
   * @throws java.io.UncheckedIOException if a remote filesystem cannot list the path
   */
  public static boolean exists(String path) {
    if (isLocal(path)) {
      return Files.exists(localPath(path));
    }
    return !match(path).isEmpty() || !under(path).isEmpty();
  }

  /**
   * The whole content of the file at {@code path}, as a stream; the caller closes it. The bytes are
   * returned as stored: a {@code .gz} file is not decompressed here.
   *
   * @param path the file's path, of any scheme Beam's FileSystems know
   * @return a stream of the file's bytes from the start
   * @throws IOException if the file cannot be opened, e.g. it does not exist
   */
  public static InputStream open(String path) throws IOException {
    ReadableByteChannel channel = FileSystems.open(FileSystems.matchNewResource(normalize(path), false));
    return Channels.newInputStream(channel);
  }

  /**
   * Removes the file or the directory tree at {@code path}, if there is one; nothing there is not an error.
   *
   * @param path a local path, or a path of any scheme Beam's FileSystems know (there, the objects it
   *     matches and every object under it)
   * @throws java.io.UncheckedIOException if something there cannot be removed; the message says why
   */
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

  /**
   * The local {@code path} as a java.nio path.
   *
   * @param path a local path or {@code file:} URI; relative paths resolve against the working directory
   * @return the absolute path
   */
  public static Path localPath(String path) {
    return Path.of(normalize(path)).toAbsolutePath();
  }

  /**
   * What a filesystem (or the server behind it) said, without the class names of the exceptions
   * that wrapped it, and what to check when access was denied.
   *
   * @param failure an exception from a filesystem call
   * @return its message without leading exception class names; for an HTTP 403, followed by which
   *     credentials to check
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
