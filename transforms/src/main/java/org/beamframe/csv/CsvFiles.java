package org.beamframe.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Resolves a file name or glob ({@code data/*.csv}, {@code data/**}{@code /part-*.csv}) to a sorted list of files. */
public final class CsvFiles {
  private CsvFiles() {}

  public static List<String> resolve(String pattern) {
    int firstGlob = firstGlobChar(pattern);
    if (firstGlob < 0) {
      Path file = Paths.get(pattern).toAbsolutePath();
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("input file \"" + pattern + "\" does not exist or is not a file");
      }
      return List.of(file.toString());
    }
    int lastSlash = pattern.lastIndexOf('/', firstGlob);
    Path base = Paths.get(lastSlash < 0 ? "." : pattern.substring(0, lastSlash + 1)).toAbsolutePath().normalize();
    String rest = pattern.substring(lastSlash + 1);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    List<String> files;
    if (!Files.isDirectory(base)) {
      files = List.of();
    } else {
      try (Stream<Path> walk = Files.walk(base)) {
        files = walk.filter(Files::isRegularFile)
            .filter(path -> matcher.matches(base.relativize(path)))
            .map(Path::toString)
            .sorted()
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list files for \"" + pattern + "\": " + e.getMessage(), e);
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no files match \"" + pattern + "\" (searched under " + base + ")");
    }
    return files;
  }

  private static int firstGlobChar(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }
}
