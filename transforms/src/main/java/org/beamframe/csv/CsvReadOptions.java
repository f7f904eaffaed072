package org.beamframe.csv;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.beamframe.types.DType;

/**
 * How to read CSV files, as pandas' {@code read_csv} arguments: separator, declared dtypes, the
 * strings that mean "missing", how many rows to sample for inferring undeclared dtypes, and the
 * byte size of the splits a large file is read in parallel by, and what to do with bad records
 * ({@code on_bad_lines}). Immutable; each {@code withX}
 * returns a copy.
 */
public final class CsvReadOptions implements Serializable {
  /** pandas' default {@code na_values}. */
  public static final Set<String> PANDAS_NA_VALUES =
      Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
          "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");

  public static final long DEFAULT_SPLIT_BYTES = 8L << 20;
  public static final int DEFAULT_SAMPLE_ROWS = 10_000;

  private final char separator;
  private final Map<String, DType> dtypes;
  private final Set<String> naValues;
  private final int sampleRows;
  private final long splitBytes;
  private final OnBadLines onBadLines;
  private final String deadLetterPath;
  private final boolean textNaFilter;

  private CsvReadOptions(char separator, Map<String, DType> dtypes, Set<String> naValues, int sampleRows,
      long splitBytes, OnBadLines onBadLines, String deadLetterPath, boolean textNaFilter) {
    this.separator = separator;
    this.dtypes = dtypes;
    this.naValues = naValues;
    this.sampleRows = sampleRows;
    this.splitBytes = splitBytes;
    this.onBadLines = onBadLines;
    this.deadLetterPath = deadLetterPath;
    this.textNaFilter = textNaFilter;
  }

  public static CsvReadOptions defaults() {
    return new CsvReadOptions(',', Map.of(), PANDAS_NA_VALUES, DEFAULT_SAMPLE_ROWS, DEFAULT_SPLIT_BYTES,
        OnBadLines.ERROR, null, true);
  }

  /** Fail on a bad record ({@link OnBadLines#ERROR}, the default) or skip and count it ({@link OnBadLines#SKIP}). */
  public CsvReadOptions withOnBadLines(OnBadLines policy) {
    if (policy == OnBadLines.DEAD_LETTER) {
      throw new IllegalArgumentException("a dead-letter read needs a file: use withDeadLetter(path)");
    }
    return new CsvReadOptions(separator, dtypes, naValues, sampleRows, splitBytes, policy, null, textNaFilter);
  }

  /** Skips and counts bad records and writes each one (file, line, reason, text) to the CSV file {@code path}. */
  public CsvReadOptions withDeadLetter(String path) {
    return new CsvReadOptions(separator, dtypes, naValues, sampleRows, splitBytes, OnBadLines.DEAD_LETTER,
        java.util.Objects.requireNonNull(path, "path"), textNaFilter);
  }

  public CsvReadOptions withSeparator(char separator) {
    if (separator == '"' || separator == '\n' || separator == '\r') {
      throw new IllegalArgumentException("separator " + describe(separator) + " is not allowed; use e.g. ',' or '\\t'");
    }
    return new CsvReadOptions(separator, dtypes, naValues, sampleRows, splitBytes, onBadLines, deadLetterPath, textNaFilter);
  }

  /** Declares dtypes by column name with pandas names ({@code "float64"}, {@code "object"}, ...). */
  public CsvReadOptions withDtypes(Map<String, String> pandasDtypes) {
    Map<String, DType> parsed = new LinkedHashMap<>(dtypes);
    pandasDtypes.forEach((column, name) -> parsed.put(column, DType.parse(name)));
    return new CsvReadOptions(separator, Map.copyOf(parsed), naValues, sampleRows, splitBytes, onBadLines, deadLetterPath, textNaFilter);
  }

  /** Also reads these strings as missing (pandas' {@code na_values}, keeping the defaults). */
  public CsvReadOptions withAdditionalNaValues(Set<String> values) {
    Set<String> all = new java.util.HashSet<>(naValues);
    all.addAll(values);
    return withNaValues(all);
  }

  /** Reads no string as missing: every field is its text (pandas' {@code na_filter=False}). */
  public CsvReadOptions withoutNaFilter() {
    return withNaValues(Set.of());
  }

  /**
   * Whether text (object) columns read the missing-value strings as missing too, as pandas does
   * (the default), or keep them as text ({@code false}) while numeric columns still read them as missing.
   */
  public CsvReadOptions withTextNaFilter(boolean filter) {
    return new CsvReadOptions(separator, dtypes, naValues, sampleRows, splitBytes, onBadLines, deadLetterPath, filter);
  }

  /** Replaces the strings read as missing (pandas' {@code na_values} with {@code keep_default_na=False}). */
  public CsvReadOptions withNaValues(Set<String> values) {
    return new CsvReadOptions(separator, dtypes, Set.copyOf(values), sampleRows, splitBytes, onBadLines, deadLetterPath, textNaFilter);
  }

  public CsvReadOptions withSampleRows(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("sampleRows must be at least 1, got " + rows);
    }
    return new CsvReadOptions(separator, dtypes, naValues, rows, splitBytes, onBadLines, deadLetterPath, textNaFilter);
  }

  public CsvReadOptions withSplitBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("splitBytes must be at least 1, got " + bytes);
    }
    return new CsvReadOptions(separator, dtypes, naValues, sampleRows, bytes, onBadLines, deadLetterPath, textNaFilter);
  }

  public char separator() {
    return separator;
  }

  public Map<String, DType> dtypes() {
    return dtypes;
  }

  public Set<String> naValues() {
    return naValues;
  }

  public int sampleRows() {
    return sampleRows;
  }

  public long splitBytes() {
    return splitBytes;
  }

  public boolean textNaFilter() {
    return textNaFilter;
  }

  public OnBadLines onBadLines() {
    return onBadLines;
  }

  /** The dead-letter file, or {@code null} unless {@link #withDeadLetter} was used. */
  public String deadLetterPath() {
    return deadLetterPath;
  }

  private static String describe(char c) {
    return "'" + (c == '\n' ? "\\n" : c == '\r' ? "\\r" : String.valueOf(c)) + "'";
  }

  @Override
  public String toString() {
    return "sep=" + describe(separator) + ", dtypes=" + dtypes.size() + " declared, splitBytes=" + splitBytes
        + ", onBadLines=" + onBadLines + (deadLetterPath == null ? "" : " to " + deadLetterPath);
  }
}
