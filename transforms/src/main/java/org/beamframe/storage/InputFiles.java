package org.beamframe.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Resolves a file name or glob ({@code data/*.csv}, {@code s3://bucket/arcos/part-*.csv.gz}) to a
 * sorted list of files through Beam's FileSystems, so any scheme with a registered filesystem works.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * The files {@code pattern} names, sorted by path; directories that a glob matches are left out.
   * Nothing is read but the listing.
   *
   * @param pattern a path or a glob ({@code *} within a directory, {@code **} across directories), local
   *     or with any scheme whose filesystem Beam has registered
   * @return the matching files, at least one, sorted by path
   * @throws IllegalArgumentException if nothing matches (the message names the pattern), if the path
   *     is a directory (the message suggests a glob for the files in it), or if no filesystem is
   *     registered for the path's scheme (the message says how to register one)
   * @throws java.io.UncheckedIOException if the filesystem cannot list the pattern; the message has
   *     what the filesystem or its server said
   */
  public static List<InputFile> resolve(String pattern) {
    boolean glob = pattern.matches(".*[*?\\[{].*");
    MatchResult match = match(pattern);
    if (match.status() == MatchResult.Status.NOT_FOUND) {
      throw new IllegalArgumentException(notFound(pattern, glob));
    }
    List<MatchResult.Metadata> found;
    try {
      found = match.metadata();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list \"" + pattern + "\": " + StoredPaths.describe(e), e);
    }
    List<InputFile> files = found.stream()
        .filter(metadata -> !metadata.resourceId().isDirectory())
        .map(metadata -> new InputFile(metadata.resourceId().toString(), metadata.sizeBytes()))
        .sorted(Comparator.comparing(InputFile::path))
        .toList();
    if (files.isEmpty()) {
      throw new IllegalArgumentException(glob ? notFound(pattern, true) : aDirectory(pattern));
    }
    return files;
  }

  private static MatchResult match(String pattern) {
    try {
      return FileSystems.match(List.of(StoredPaths.normalize(pattern))).get(0);
    } catch (IllegalArgumentException unknown) {
      if (!String.valueOf(unknown.getMessage()).startsWith("No filesystem found")) {
        throw new IllegalArgumentException("cannot read \"" + pattern + "\": " + unknown.getMessage(), unknown);
      }
      throw new IllegalArgumentException("cannot read \"" + pattern + "\": " + unknown.getMessage()
          + ". Beam knows a scheme once its filesystem module is on the classpath (beam-sdks-java-io-amazon-web-services2 "
          + "for s3://) and its options are set: start a Session (Session.start) before readCsv, or call "
          + "FileSystems.setDefaultPipelineOptions(options)", unknown);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list \"" + pattern + "\": " + StoredPaths.describe(e), e);
    }
  }

  /**
   * Nothing at {@code pattern}. An object store answers a missing object and a missing bucket
   * alike to a lookup of one key; listing the key as a prefix makes it say which (and why, if
   * denied), and shows a "directory" of objects under it.
   */
  private static String notFound(String pattern, boolean glob) {
    if (!StoredPaths.isLocal(pattern) && !glob) {
      String prefix = pattern.replaceAll("/+$", "");
      try {
        FileSystems.match(List.of(prefix + "*")).get(0).metadata();
        MatchResult under = FileSystems.match(List.of(prefix + "/*")).get(0);
        if (under.status() == MatchResult.Status.OK && !under.metadata().isEmpty()) {
          return aDirectory(pattern);
        }
      } catch (IOException | RuntimeException listing) {
        return "cannot read \"" + pattern + "\": " + StoredPaths.describe(listing);
      }
    }
    return glob ? "no files match \"" + pattern + "\"" : "input file \"" + pattern + "\" does not exist";
  }

  private static String aDirectory(String pattern) {
    return "input \"" + pattern + "\" is a directory; read the files in it with a glob, e.g. \""
        + pattern.replaceAll("/+$", "") + "/*.csv\"";
  }
}
