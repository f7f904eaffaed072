package org.beamframe.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.beamframe.storage.SeekableFile;

/**
 * What comes before a file's rows, as pandas reads a file's start: a UTF-8 byte order mark, the
 * {@code skiprows} lines, then the header row (blank lines before it skipped), unless the read has
 * none. Each file of a read has its own, found by lexing its first bytes with the read's quote rules.
 *
 * @param headerStart the offset of the header row, or under {@code header=None} of the first row
 * @param rowsStart the offset where the data rows start
 * @param columns the file's column names under the read's options: the header's, the names given
 *     instead, or {@code "0"}, {@code "1"}, ... by the first row's fields; null if the file has no
 *     row (or header) at all after the skipped lines
 */
record Preamble(long headerStart, long rowsStart, List<String> columns) {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** A file's (decompressed) bytes from any offset on. */
  @FunctionalInterface
  interface Bytes {
    InputStream from(long offset) throws IOException;
  }

  /** The preamble of {@code file}, opened here (a gzip file is decompressed from its start). */
  static Preamble of(String file, CsvReadOptions options) throws IOException {
    if (CsvSyntax.isGzip(file)) {
      return of(offset -> CsvSyntax.gzipStream(file, offset), file, options);
    }
    try (SeekableFile seekable = SeekableFile.open(file)) {
      long size = seekable.size();
      return of(offset -> seekable.range(offset, size), file, options);
    }
  }

  /**
   * The preamble of a file whose bytes {@code bytes} gives.
   *
   * @throws CsvRecordException if the header (or, under {@code header=None} without names, the first row) cannot be parsed
   * @throws IllegalArgumentException if the header names a column twice, or has another number of
   *     columns than the names given
   */
  static Preamble of(Bytes bytes, String file, CsvReadOptions options) throws IOException {
    RecordBoundaries lexer = RecordBoundaries.of(options);
    long start = 0;
    if (options.encoding() == TextEncoding.UTF_8) {
      try (InputStream in = bytes.from(0)) {
        start = Arrays.equals(in.readNBytes(UTF8_BOM.length), UTF8_BOM) ? UTF8_BOM.length : 0;
      }
    }
    long headerStart = start;
    if (options.skipRows() > 0) {
      try (InputStream in = bytes.from(start)) {
        headerStart += lexer.skipRecords(in, options.skipRows(), true);
      }
    }
    if (!options.header()) {
      List<String> columns = numbered(bytes, file, headerStart, options);
      if (columns != null && !options.names().isEmpty()) {
        // Every row would be a bad record: say so now, where the names are given.
        if (options.names().size() != columns.size()) {
          throw new IllegalArgumentException("names gives " + options.names().size() + " names " + options.names()
              + ", but the first row of " + file + " has " + columns.size() + " fields; give one name per field");
        }
        columns = options.names();
      }
      return new Preamble(headerStart, headerStart, columns);
    }
    List<String> header = firstRecord(bytes, file, headerStart, options);
    if (header == null) {
      return new Preamble(headerStart, headerStart, null);
    }
    long rowsStart;
    try (InputStream in = bytes.from(headerStart)) {
      rowsStart = headerStart + lexer.skipRecords(in, 1, false);
    }
    List<String> columns = CsvSyntax.header(header, file);
    if (!options.names().isEmpty()) {
      if (options.names().size() != columns.size()) {
        throw new IllegalArgumentException("names gives " + options.names().size() + " names " + options.names()
            + ", but the header of " + file + " has " + columns.size() + " columns " + columns
            + "; give one name per column");
      }
      columns = options.names();
    }
    return new Preamble(headerStart, rowsStart, columns);
  }

  /** pandas' names under {@code header=None}: "0", "1", ... one per field of the first row; null if there is none. */
  private static List<String> numbered(Bytes bytes, String file, long start, CsvReadOptions options) throws IOException {
    List<String> first = firstRecord(bytes, file, start, options);
    if (first == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      names.add(Integer.toString(i));
    }
    return names;
  }

  /** The fields of the first record at or after {@code start} (blank lines skipped), or null at the end of the file. */
  private static List<String> firstRecord(Bytes bytes, String file, long start, CsvReadOptions options)
      throws IOException {
    try (CSVParser parser = CsvSyntax.parser(CsvSyntax.reader(bytes.from(start), options.encoding()), options)) {
      Iterator<CSVRecord> records = parser.iterator();
      return records.hasNext() ? records.next().toList() : null;
    } catch (UncheckedIOException unparseable) {
      long line;
      try (InputStream in = bytes.from(0)) {
        line = CsvSyntax.lineOf(in, start);
      }
      throw new CsvRecordException(file, line, CsvSyntax.describe(unparseable));
    }
  }
}
