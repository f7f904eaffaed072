package org.beamframe.runners.cli;

import org.beamframe.csv.CsvReadOptions;
import org.beamframe.csv.OnBadLines;
import picocli.CommandLine.Option;

/** How commands read their CSV input: what to do with bad records. */
final class ReadOptions {
  @Option(names = "--on-bad-lines", defaultValue = "error", paramLabel = "POLICY",
      description = "error (default): stop at the first bad record, naming file, line, column and value; "
          + "skip: drop and count bad records.")
  String onBadLines;

  @Option(names = "--dead-letter", paramLabel = "FILE",
      description = "Drop and count bad records and write each (file, line, reason, text) to this CSV file.")
  String deadLetter;

  CsvReadOptions csvOptions() {
    CsvReadOptions options = CsvReadOptions.defaults();
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
