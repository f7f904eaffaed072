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

  /** The default split size, 8 MiB: an uncompressed file is read in parallel in byte ranges of about this size. */
  public static final long DEFAULT_SPLIT_BYTES = 8L << 20;
  /** The default number of rows sampled from each file to infer undeclared dtypes. */
  public static final int DEFAULT_SAMPLE_ROWS = 10_000;

  /** The field separator. */
  private final char separator;
  /** The declared dtypes by column name. */
  private final Map<String, DType> dtypes;
  /** The strings read as missing. */
  private final Set<String> naValues;
  /** The rows sampled from each file for dtype inference. */
  private final int sampleRows;
  /** The approximate size of a split, in bytes. */
  private final long splitBytes;
  /** What a read does with a bad record. */
  private final OnBadLines onBadLines;
  /** The dead-letter file, or null. */
  private final String deadLetterPath;
  /** Whether object columns read the missing-value strings as missing. */
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

  /**
   * pandas' {@code read_csv} defaults: a comma separator, no declared dtypes, pandas' missing-value
   * strings ({@link #PANDAS_NA_VALUES}, in text columns too), {@value #DEFAULT_SAMPLE_ROWS} sample
   * rows per file, 8 MiB splits, and a failed run on a bad record.
   *
   * @return the default options
   */
  public static CsvReadOptions defaults() {
    return new CsvReadOptions(',', Map.of(), PANDAS_NA_VALUES, DEFAULT_SAMPLE_ROWS, DEFAULT_SPLIT_BYTES,
        OnBadLines.ERROR, null, true);
  }

  /**
   * Fail on a bad record ({@link OnBadLines#ERROR}, the default) or skip and count it ({@link OnBadLines#SKIP}).
   * Replaces an earlier {@link #withDeadLetter}.
   *
   * @param policy {@link OnBadLines#ERROR} or {@link OnBadLines#SKIP}
   * @return a copy with the policy
   * @throws IllegalArgumentException for {@link OnBadLines#DEAD_LETTER}, which needs a file: use
   *     {@link #withDeadLetter}
   */
  public CsvReadOptions withOnBadLines(OnBadLines policy) {
    if (policy == OnBadLines.DEAD_LETTER) {
      throw new IllegalArgumentException("a dead-letter read needs a file: use withDeadLetter(path)");
    }
    return new CsvReadOptions(separator, dtypes, naValues, sampleRows, splitBytes, policy, null, textNaFilter);
  }

  /**
   * Skips and counts bad records and writes each one (file, line, reason, text) to the CSV file {@code path}.
   * The policy becomes {@link OnBadLines#DEAD_LETTER}.
   *
   * @param path the dead-letter file, any Beam {@code FileSystems} path (local, {@code s3://}, ...)
   * @return a copy with the policy and the path
   * @throws NullPointerException if {@code path} is null
   */
  public CsvReadOptions withDeadLetter(String path) {
    return new CsvReadOptions(separator, dtypes, naValues, sampleRows, splitBytes, OnBadLines.DEAD_LETTER,
        java.util.Objects.requireNonNull(path, "path"), textNaFilter);
  }

  /**
   * Sets the field separator (pandas' {@code sep}), e.g. {@code '\t'} for tab-separated files.
   *
   * @param separator one character; not a quote or line break
   * @return a copy with the separator
   * @throws IllegalArgumentException if {@code separator} is {@code '"'}, CR or LF
   */
  public CsvReadOptions withSeparator(char separator) {
    if (separator == '"' || separator == '\n' || separator == '\r') {
      throw new IllegalArgumentException("separator " + describe(separator) + " is not allowed; use e.g. ',' or '\\t'");
    }
    return new CsvReadOptions(separator, dtypes, naValues, sampleRows, splitBytes, onBadLines, deadLetterPath, textNaFilter);
  }

  /**
   * Declares dtypes by column name with pandas names ({@code "float64"}, {@code "object"}, ...).
   * Adds to the dtypes declared before; a column declared again takes the new dtype. A declared
   * column is not sampled; reading a file whose header lacks one fails.
   *
   * @param pandasDtypes pandas dtype names by column name, as pandas' {@code dtype={...}}
   * @return a copy with the dtypes declared
   * @throws IllegalArgumentException if a dtype name is not supported (the message lists those that are)
   */
  public CsvReadOptions withDtypes(Map<String, String> pandasDtypes) {
    Map<String, DType> parsed = new LinkedHashMap<>(dtypes);
    pandasDtypes.forEach((column, name) -> parsed.put(column, DType.parse(name)));
    return new CsvReadOptions(separator, Map.copyOf(parsed), naValues, sampleRows, splitBytes, onBadLines, deadLetterPath, textNaFilter);
  }

  /**
   * Also reads these strings as missing (pandas' {@code na_values}, keeping the defaults).
   *
   * @param values the extra strings, matched against a field's whole text
   * @return a copy that reads the current strings and {@code values} as missing
   */
  public CsvReadOptions withAdditionalNaValues(Set<String> values) {
    Set<String> all = new java.util.HashSet<>(naValues);
    all.addAll(values);
    return withNaValues(all);
  }

  /**
   * Reads no string as missing: every field is its text (pandas' {@code na_filter=False}).
   *
   * @return a copy with no missing-value strings
   */
  public CsvReadOptions withoutNaFilter() {
    return withNaValues(Set.of());
  }

  /**
   * Whether text (object) columns read the missing-value strings as missing too, as pandas does
   * (the default), or keep them as text ({@code false}) while numeric columns still read them as missing.
   *
   * @param filter true to read them as missing in object columns too, false to keep them as text there
   * @return a copy with the setting
   */
  public CsvReadOptions withTextNaFilter(boolean filter) {
    return new CsvReadOptions(separator, dtypes, naValues, sampleRows, splitBytes, onBadLines, deadLetterPath, filter);
  }

  /**
   * Replaces the strings read as missing (pandas' {@code na_values} with {@code keep_default_na=False}).
   *
   * @param values the strings, matched against a field's whole text
   * @return a copy that reads exactly {@code values} as missing
   */
  public CsvReadOptions withNaValues(Set<String> values) {
    return new CsvReadOptions(separator, dtypes, Set.copyOf(values), sampleRows, splitBytes, onBadLines, deadLetterPath, textNaFilter);
  }

  /**
   * Sets how many rows of each file (of the first 100) are sampled to infer undeclared dtypes: a
   * third each from the file's start, middle and end (from a gzip file, from its start only).
   * Sampling happens once, on the client, when the read is built.
   *
   * @param rows the rows per file, at least 1; default {@value #DEFAULT_SAMPLE_ROWS}
   * @return a copy with the sample size
   * @throws IllegalArgumentException if {@code rows} is below 1
   */
  public CsvReadOptions withSampleRows(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("sampleRows must be at least 1, got " + rows);
    }
    return new CsvReadOptions(separator, dtypes, naValues, rows, splitBytes, onBadLines, deadLetterPath, textNaFilter);
  }

  /**
   * Sets the size of the byte-range splits an uncompressed file is read in parallel by (a gzip file
   * is always one split). Smaller splits give more parallelism and more per-split overhead.
   *
   * @param bytes the split size in bytes, at least 1; default 8 MiB
   * @return a copy with the split size
   * @throws IllegalArgumentException if {@code bytes} is below 1
   */
  public CsvReadOptions withSplitBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("splitBytes must be at least 1, got " + bytes);
    }
    return new CsvReadOptions(separator, dtypes, naValues, sampleRows, bytes, onBadLines, deadLetterPath, textNaFilter);
  }

  /**
   * The field separator.
   *
   * @return the separator, {@code ','} by default
   */
  public char separator() {
    return separator;
  }

  /**
   * The declared dtypes.
   *
   * @return an unmodifiable map from column name to dtype; empty if none is declared
   */
  public Map<String, DType> dtypes() {
    return dtypes;
  }

  /**
   * The strings read as missing.
   *
   * @return an unmodifiable set; {@link #PANDAS_NA_VALUES} by default
   */
  public Set<String> naValues() {
    return naValues;
  }

  /**
   * The rows sampled from each file to infer undeclared dtypes.
   *
   * @return the sample size per file
   */
  public int sampleRows() {
    return sampleRows;
  }

  /**
   * The approximate size of a split of an uncompressed file.
   *
   * @return the split size in bytes
   */
  public long splitBytes() {
    return splitBytes;
  }

  /**
   * Whether object columns read the missing-value strings as missing.
   *
   * @return true by default, as pandas
   */
  public boolean textNaFilter() {
    return textNaFilter;
  }

  /**
   * What a read does with a bad record.
   *
   * @return the policy, {@link OnBadLines#ERROR} by default
   */
  public OnBadLines onBadLines() {
    return onBadLines;
  }

  /**
   * The dead-letter file, or {@code null} unless {@link #withDeadLetter} was used.
   *
   * @return the path, or {@code null}
   */
  public String deadLetterPath() {
    return deadLetterPath;
  }

  private static String describe(char c) {
    return "'" + (c == '\n' ? "\\n" : c == '\r' ? "\\r" : String.valueOf(c)) + "'";
  }

  /** A short summary for plans: separator, number of declared dtypes, split size and bad-record policy. */
  @Override
  public String toString() {
    return "sep=" + describe(separator) + ", dtypes=" + dtypes.size() + " declared, splitBytes=" + splitBytes
        + ", onBadLines=" + onBadLines + (deadLetterPath == null ? "" : " to " + deadLetterPath);
  }
}
