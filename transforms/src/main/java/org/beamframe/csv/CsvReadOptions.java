package org.beamframe.csv;

import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.beamframe.types.DType;

/**
 * How to read CSV files, as pandas' {@code read_csv} arguments: separator, quote character,
 * encoding, header and column names, lines to skip, the columns and rows to read, declared dtypes,
 * the strings that mean "missing", how many rows to sample for inferring undeclared dtypes, the
 * byte size of the splits a large file is read in parallel by, and what to do with bad records
 * ({@code on_bad_lines}). Immutable; each {@code withX} returns a copy, and the order of the
 * calls does not matter (except that a separator and a quote character must differ at each step).
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
  /** The character that quotes a field. */
  private final char quoteChar;
  /** The files' text encoding. */
  private final TextEncoding encoding;
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
  /** Whether each file's first row (after the skipped lines) is its header. */
  private final boolean header;
  /** The column names given instead of the header's; empty for the header's own. */
  private final List<String> names;
  /** The lines skipped at the start of each file, before its header. */
  private final int skipRows;
  /** The only columns read; empty for every column. */
  private final List<String> usecols;
  /** The most data rows read, or {@link #NO_NROWS}. */
  private final long nrows;

  /** Marks "no nrows": every row is read. */
  private static final long NO_NROWS = -1;

  private CsvReadOptions(Settings s) {
    this.separator = s.separator;
    this.quoteChar = s.quoteChar;
    this.encoding = s.encoding;
    this.dtypes = s.dtypes;
    this.naValues = s.naValues;
    this.sampleRows = s.sampleRows;
    this.splitBytes = s.splitBytes;
    this.onBadLines = s.onBadLines;
    this.deadLetterPath = s.deadLetterPath;
    this.textNaFilter = s.textNaFilter;
    this.header = s.header;
    this.names = s.names;
    this.skipRows = s.skipRows;
    this.usecols = s.usecols;
    this.nrows = s.nrows;
  }

  /** A mutable copy of every setting: each {@code withX} changes one and builds new options from it. */
  private static final class Settings {
    private char separator = ',';
    private char quoteChar = '"';
    private TextEncoding encoding = TextEncoding.UTF_8;
    private Map<String, DType> dtypes = Map.of();
    private Set<String> naValues = PANDAS_NA_VALUES;
    private int sampleRows = DEFAULT_SAMPLE_ROWS;
    private long splitBytes = DEFAULT_SPLIT_BYTES;
    private OnBadLines onBadLines = OnBadLines.ERROR;
    private String deadLetterPath;
    private boolean textNaFilter = true;
    private boolean header = true;
    private List<String> names = List.of();
    private int skipRows;
    private List<String> usecols = List.of();
    private long nrows = NO_NROWS;

    private Settings() {}

    private Settings(CsvReadOptions options) {
      separator = options.separator;
      quoteChar = options.quoteChar;
      encoding = options.encoding;
      dtypes = options.dtypes;
      naValues = options.naValues;
      sampleRows = options.sampleRows;
      splitBytes = options.splitBytes;
      onBadLines = options.onBadLines;
      deadLetterPath = options.deadLetterPath;
      textNaFilter = options.textNaFilter;
      header = options.header;
      names = options.names;
      skipRows = options.skipRows;
      usecols = options.usecols;
      nrows = options.nrows;
    }
  }

  /** A copy of these options with one change. */
  private CsvReadOptions with(Consumer<Settings> change) {
    Settings settings = new Settings(this);
    change.accept(settings);
    return new CsvReadOptions(settings);
  }

  /**
   * pandas' {@code read_csv} defaults: a comma separator, double quotes, UTF-8, a header row, no
   * declared dtypes, pandas' missing-value strings ({@link #PANDAS_NA_VALUES}, in text columns too),
   * {@value #DEFAULT_SAMPLE_ROWS} sample rows per file, 8 MiB splits, every row and column, and a
   * failed run on a bad record.
   *
   * @return the default options
   */
  public static CsvReadOptions defaults() {
    return new CsvReadOptions(new Settings());
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
    Objects.requireNonNull(policy, "policy");
    return with(s -> {
      s.onBadLines = policy;
      s.deadLetterPath = null;
    });
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
    Objects.requireNonNull(path, "path");
    return with(s -> {
      s.onBadLines = OnBadLines.DEAD_LETTER;
      s.deadLetterPath = path;
    });
  }

  /**
   * Sets the field separator (pandas' {@code sep}), e.g. {@code '\t'} for tab-separated files.
   *
   * @param separator one ASCII character; not the quote character or a line break
   * @return a copy with the separator
   * @throws IllegalArgumentException if {@code separator} is CR, LF or not ASCII (equal to the quote
   *     character, it is refused when the options are used, so the two may be set in either order)
   */
  public CsvReadOptions withSeparator(char separator) {
    if (separator == '\n' || separator == '\r' || separator > 0x7f) {
      throw new IllegalArgumentException("separator " + describe(separator) + " is not allowed; use one ASCII "
          + "character that is not a line break, e.g. ',' or '\\t'");
    }
    return with(s -> s.separator = separator);
  }

  /**
   * Sets the character that quotes a field (pandas' {@code quotechar}, default {@code '"'}), e.g.
   * {@code '\''}: a field that starts with it runs to its next single occurrence and may hold
   * separators and line breaks; doubled, it is one character of the field. The other quote is then
   * plain text.
   *
   * @param quote one ASCII character; not the separator or a line break
   * @return a copy with the quote character
   * @throws IllegalArgumentException if {@code quote} is CR, LF or not ASCII (equal to the separator,
   *     it is refused when the options are used)
   */
  public CsvReadOptions withQuoteChar(char quote) {
    if (quote == '\n' || quote == '\r' || quote > 0x7f) {
      throw new IllegalArgumentException("quotechar " + describe(quote) + " is not allowed; use one ASCII character "
          + "that is not a line break, e.g. '\"' or '\\''");
    }
    return with(s -> s.quoteChar = quote);
  }

  /**
   * Sets the files' text encoding (pandas' {@code encoding}) by its pandas (Python) name, case-insensitively:
   * {@code "utf-8"} (the default), {@code "latin-1"} ({@code "latin1"}, {@code "iso-8859-1"}) or
   * {@code "cp1252"} ({@code "windows-1252"}). Large files are still read in parallel splits.
   *
   * @param name the encoding's name
   * @return a copy with the encoding
   * @throws IllegalArgumentException if the encoding is not one of those (UTF-16 and UTF-32 keep
   *     no ASCII byte as itself, so a split could not find its records); the message lists the names
   */
  public CsvReadOptions withEncoding(String name) {
    TextEncoding parsed = TextEncoding.of(Objects.requireNonNull(name, "encoding"));
    return with(s -> s.encoding = parsed);
  }

  /**
   * Reads files that have no header row (pandas' {@code header=None}): the first row (after
   * {@link #withSkipRows skipped lines}) is data. The columns are named by {@link #withNames}, or
   * else {@code "0"}, {@code "1"}, ... as pandas numbers them (here as text), one per field of the
   * first file's first row. Columns are then taken by position in every file.
   *
   * @return a copy that reads no header
   */
  public CsvReadOptions withNoHeader() {
    return with(s -> s.header = false);
  }

  /**
   * Names the columns (pandas' {@code names}), one name per field, in the files' order. With a
   * header row (the default), the header's names are replaced, as pandas' {@code header=0,
   * names=[...]}; pandas' {@code names=[...]} alone reads no header: add {@link #withNoHeader()}.
   * Columns are then taken by position in every file, not by the header's names.
   *
   * @param columnNames the names, at least one, no two alike
   * @return a copy with the names
   * @throws IllegalArgumentException if {@code columnNames} is empty or names a column twice
   * @throws NullPointerException if {@code columnNames} or a name is null
   */
  public CsvReadOptions withNames(List<String> columnNames) {
    List<String> copy = List.copyOf(columnNames);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("names must name at least one column; for the header's own names "
          + "leave names out");
    }
    Set<String> seen = new HashSet<>();
    for (String name : copy) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException("names has \"" + name + "\" twice: " + copy + "; duplicate names are "
            + "not allowed (pandas refuses them too)");
      }
    }
    return with(s -> s.names = copy);
  }

  /**
   * Skips the first {@code lines} lines of every file before its header (pandas' {@code skiprows}
   * as a number), e.g. a title and a blank line above the table. As pandas counts them, a blank
   * line is a line, a quoted field's line breaks stay inside its line, and CRLF is one line end.
   * Each file of a glob skips its own first lines; error line numbers still count the file's
   * physical lines.
   *
   * @param lines the number of lines, at least 0 (the default)
   * @return a copy with the lines to skip
   * @throws IllegalArgumentException if {@code lines} is negative
   */
  public CsvReadOptions withSkipRows(int lines) {
    if (lines < 0) {
      throw new IllegalArgumentException("skiprows must be at least 0, got " + lines);
    }
    return with(s -> s.skipRows = lines);
  }

  /**
   * Reads only these columns (pandas' {@code usecols} with names): the frame has them in the files'
   * order, not this list's, as pandas returns them. The other columns are neither sampled for their
   * dtype nor converted, so their text may be anything; a name the header (or {@link #withNames})
   * does not have fails when the files are inspected, listing the columns.
   *
   * @param columns the column names, at least one
   * @return a copy that reads only these columns
   * @throws IllegalArgumentException if {@code columns} is empty
   * @throws NullPointerException if {@code columns} or a name is null
   */
  public CsvReadOptions withUsecols(List<String> columns) {
    List<String> copy = List.copyOf(new LinkedHashSet<>(columns));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("usecols must name at least one column; for every column leave usecols out");
    }
    return with(s -> s.usecols = copy);
  }

  /**
   * Reads only the first {@code rows} data rows (pandas' {@code nrows}): the files' first rows in
   * the order they are listed (sorted by path), as pandas reading them one after another. To stop
   * at that row, the read runs as one sequential read of the files from their start instead of
   * parallel splits, and reads no further than the last row it keeps; undeclared dtypes are
   * inferred from those first rows (at most {@link #sampleRows()} of them), as pandas infers them. A
   * bad record skipped by
   * {@link OnBadLines#SKIP} does not count as a row, as in pandas.
   *
   * @param rows the number of rows, at least 0
   * @return a copy that reads at most {@code rows} rows
   * @throws IllegalArgumentException if {@code rows} is negative
   */
  public CsvReadOptions withNrows(long rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("nrows must be at least 0, got " + rows);
    }
    return with(s -> s.nrows = rows);
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
    Map<String, DType> copy = Map.copyOf(parsed);
    return with(s -> s.dtypes = copy);
  }

  /**
   * Also reads these strings as missing (pandas' {@code na_values}, keeping the defaults).
   *
   * @param values the extra strings, matched against a field's whole text
   * @return a copy that reads the current strings and {@code values} as missing
   */
  public CsvReadOptions withAdditionalNaValues(Set<String> values) {
    Set<String> all = new HashSet<>(naValues);
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
    return with(s -> s.textNaFilter = filter);
  }

  /**
   * Replaces the strings read as missing (pandas' {@code na_values} with {@code keep_default_na=False}).
   *
   * @param values the strings, matched against a field's whole text
   * @return a copy that reads exactly {@code values} as missing
   */
  public CsvReadOptions withNaValues(Set<String> values) {
    Set<String> copy = Set.copyOf(values);
    return with(s -> s.naValues = copy);
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
    return with(s -> s.sampleRows = rows);
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
    return with(s -> s.splitBytes = bytes);
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

  /**
   * The character that quotes a field.
   *
   * @return the quote character, {@code '"'} by default
   */
  public char quoteChar() {
    return quoteChar;
  }

  /**
   * The files' text encoding.
   *
   * @return the encoding, {@link TextEncoding#UTF_8} by default
   */
  public TextEncoding encoding() {
    return encoding;
  }

  /**
   * Whether each file's first row (after the skipped lines) is its header.
   *
   * @return true by default; false after {@link #withNoHeader()}
   */
  public boolean header() {
    return header;
  }

  /**
   * The column names given with {@link #withNames}.
   *
   * @return the names in the files' column order; empty if none were given
   */
  public List<String> names() {
    return names;
  }

  /**
   * The lines skipped at the start of each file.
   *
   * @return the number of lines, 0 by default
   */
  public int skipRows() {
    return skipRows;
  }

  /**
   * The only columns read.
   *
   * @return the names given with {@link #withUsecols}, as given without repeats; empty for every column
   */
  public List<String> usecols() {
    return usecols;
  }

  /**
   * The most data rows read.
   *
   * @return the number given with {@link #withNrows}, or empty to read every row
   */
  public OptionalLong nrows() {
    return nrows == NO_NROWS ? OptionalLong.empty() : OptionalLong.of(nrows);
  }

  private static String describe(char c) {
    return "'" + (c == '\n' ? "\\n" : c == '\r' ? "\\r" : String.valueOf(c)) + "'";
  }

  /**
   * A short summary: separator, number of declared dtypes, split size, bad-record policy, then each
   * other option that is not its default.
   */
  @Override
  public String toString() {
    return "sep=" + describe(separator) + ", dtypes=" + dtypes.size() + " declared, splitBytes=" + splitBytes
        + ", onBadLines=" + onBadLines + (deadLetterPath == null ? "" : " to " + deadLetterPath)
        + (quoteChar == '"' ? "" : ", quotechar=" + describe(quoteChar))
        + (encoding == TextEncoding.UTF_8 ? "" : ", encoding=" + encoding.pandasName())
        + (header ? "" : ", header=None") + (names.isEmpty() ? "" : ", names=" + names)
        + (skipRows == 0 ? "" : ", skiprows=" + skipRows) + (usecols.isEmpty() ? "" : ", usecols=" + usecols)
        + (nrows == NO_NROWS ? "" : ", nrows=" + nrows);
  }
}
