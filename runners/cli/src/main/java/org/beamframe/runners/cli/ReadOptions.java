package org.beamframe.runners.cli;

import org.beamframe.csv.CsvReadOptions;
import org.beamframe.csv.OnBadLines;
import picocli.CommandLine.Option;

/** How commands read their CSV input: the separator, and what to do with bad records. */
final class ReadOptions {
  @Option(names = "--sep", defaultValue = ",", paramLabel = "CHAR",
      description = "Field separator: one character, or \\t for tab (default: ${DEFAULT-VALUE}).")
  String separator;

  @Option(names = "--on-bad-lines", defaultValue = "error", paramLabel = "POLICY",
      description = "error (default): stop at the first bad record, naming file, line, column and value; "
          + "skip: drop and count bad records.")
  String onBadLines;

  @Option(names = "--dead-letter", paramLabel = "FILE",
      description = "Drop and count bad records and write each (file, line, reason, text) to this CSV file.")
  String deadLetter;

  CsvReadOptions csvOptions() {
    String sep = separator.equals("\\t") ? "\t" : separator;
    if (sep.length() != 1) {
      throw new IllegalArgumentException("--sep must be one character (or \\t for tab), got \"" + separator + "\"");
    }
    CsvReadOptions options = CsvReadOptions.defaults().withSeparator(sep.charAt(0));
    if (deadLetter != null) {
      return options.withDeadLetter(deadLetter);
    }
    return switch (onBadLines) {
      case "error" -> options.withOnBadLines(OnBadLines.ERROR);
      case "skip" -> options.withOnBadLines(OnBadLines.SKIP);
      default -> throw new IllegalArgumentException(
          "--on-bad-lines must be error or skip, got \"" + onBadLines + "\" (for a dead-letter file use --dead-letter FILE)");
    };
  }
}
