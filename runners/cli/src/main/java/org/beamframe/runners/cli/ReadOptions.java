package org.beamframe.runners.cli;

import java.util.List;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.csv.OnBadLines;
import picocli.CommandLine.Option;

/**
 * How commands read their CSV input, as pandas' {@code read_csv} arguments: separator, quote
 * character, encoding, header and names, lines to skip, columns and rows to read, and what to do
 * with bad records.
 */
final class ReadOptions {
  @Option(names = "--sep", defaultValue = ",", paramLabel = "CHAR",
      description = "Field separator: one character, or \\t for tab (default: ${DEFAULT-VALUE}).")
  String separator;

  @Option(names = "--quotechar", defaultValue = "\"", paramLabel = "CHAR",
      description = "The character that quotes a field, e.g. \"'\" (default: ${DEFAULT-VALUE}).")
  String quoteChar;

  @Option(names = "--encoding", defaultValue = "utf-8", paramLabel = "NAME",
      description = "The files' text encoding: utf-8 (default), latin-1 (iso-8859-1) or cp1252 (windows-1252).")
  String encoding;

  @Option(names = {"--no-header", "--header-none"},
      description = "The files have no header row (pandas' header=None): columns are named by --names, else 0, 1, ...")
  boolean noHeader;

  @Option(names = "--names", split = ",", paramLabel = "COL",
      description = "Column names, one per field in file order; they replace the header's unless --no-header.")
  List<String> names;

  @Option(names = "--skiprows", paramLabel = "N",
      description = "Skip the first N lines of each file, before its header (default: 0).")
  Integer skipRows;

  @Option(names = "--usecols", split = ",", paramLabel = "COL",
      description = "Read only these columns (they come in the files' order); the others are not converted.")
  List<String> usecols;

  @Option(names = "--nrows", paramLabel = "N",
      description = "Read only the first N rows, of the files in path order; read in one sequence, stopping there.")
  Long nrows;

  @Option(names = "--on-bad-lines", defaultValue = "error", paramLabel = "POLICY",
      description = "error (default): stop at the first bad record, naming file, line, column and value; "
          + "skip: drop and count bad records.")
  String onBadLines;

  @Option(names = "--dead-letter", paramLabel = "FILE",
      description = "Drop and count bad records and write each (file, line, reason, text) to this CSV file.")
  String deadLetter;

  CsvReadOptions csvOptions() {
    char sep = oneCharacter("--sep", separator.equals("\\t") ? "\t" : separator, separator);
    char quote = oneCharacter("--quotechar", quoteChar, quoteChar);
    CsvReadOptions options = CsvReadOptions.defaults().withSeparator(sep).withQuoteChar(quote).withEncoding(encoding);
    if (noHeader) {
      options = options.withNoHeader();
    }
    if (names != null) {
      options = options.withNames(names);
    }
    if (skipRows != null) {
      options = options.withSkipRows(skipRows);
    }
    if (usecols != null) {
      options = options.withUsecols(usecols);
    }
    if (nrows != null) {
      options = options.withNrows(nrows);
    }
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

  private static char oneCharacter(String flag, String text, String given) {
    if (text.length() != 1) {
      throw new IllegalArgumentException(flag + " must be one character" + (flag.equals("--sep") ? " (or \\t for tab)" : "")
          + ", got \"" + given + "\"");
    }
    return text.charAt(0);
  }
}
