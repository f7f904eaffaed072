package org.beamframe.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.beamframe.expr.ValueConversionException;
import org.beamframe.expr.datetime.Iso8601;
import org.beamframe.storage.SeekableFile;
import org.beamframe.types.ColumnNotFoundException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * Reads the records that start inside one split and converts the wanted columns to their dtypes.
 * A record belongs to the split its first byte lies in; with the lexer state at the split's ends
 * known ({@link ResolvedSplit}), record starts are found quote-aware, so a quoted field with line
 * breaks in it may straddle a split boundary. Columns are found by name in each file's own header
 * (parsed by Commons CSV); records are split by {@link RecordScanner}, which turns only the wanted
 * fields into text.
 */
public final class CsvSplitReader implements Serializable {
  private static final int SCAN_BYTES = 64 << 10;
  private static final char REPLACEMENT = '\uFFFD';

  /** The columns produced, in order, with their dtypes. */
  private final FrameSchema output;
  /** The field separator. */
  private final char separator;
  /** The strings read as missing. */
  private final Set<String> naValues;
  /** The lexer that finds record starts. */
  private final RecordBoundaries boundaries;
  /** What to do with a bad record. */
  private final OnBadLines onBadLines;
  /** The columns whose dtypes were declared, not inferred (for the error message's advice). */
  private final Set<String> declared;
  /** Whether object columns read the missing-value strings as missing. */
  private final boolean textNaFilter;

  /**
   * A reader producing the columns of {@code output}, in its order, with its dtypes.
   *
   * @param output the wanted columns, a subset of the files' columns in any order (projection
   *     pushdown: only these are converted)
   * @param options the read options: separator, missing-value strings, declared dtypes, bad-record policy
   */
  public CsvSplitReader(FrameSchema output, CsvReadOptions options) {
    this.output = output;
    this.separator = options.separator();
    this.naValues = options.naValues();
    this.boundaries = new RecordBoundaries(options.separator());
    this.onBadLines = options.onBadLines();
    this.declared = Set.copyOf(options.dtypes().keySet());
    this.textNaFilter = options.textNaFilter();
  }

  /**
   * Reads {@code resolved}, giving each converted row to {@code rows} and, unless the policy is
   * {@link OnBadLines#ERROR} (which throws), each bad record to {@code rejects}. Returns the
   * number of records read.
   *
   * @param resolved the split, with the lexer states at its ends
   * @param rows receives each converted row, values in {@code output}'s column order
   * @param rejects receives each bad record under {@link OnBadLines#SKIP} or {@link OnBadLines#DEAD_LETTER}
   * @return the number of records that start in the split, bad ones included
   * @throws CsvRecordException under {@link OnBadLines#ERROR}, for the first bad record (wrong number of
   *     fields, a value that does not parse as its dtype, invalid UTF-8 or broken quoting)
   * @throws IllegalArgumentException if the file's header lacks a wanted column
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public long read(ResolvedSplit resolved, Consumer<Object[]> rows, Consumer<RejectedRecord> rejects) {
    return read(resolved, (values, offset) -> rows.accept(values), rejects);
  }

  /**
   * As {@link #read(ResolvedSplit, Consumer, Consumer)}, each row with its record's offset in the file (its order).
   *
   * @param resolved the split, with the lexer states at its ends
   * @param rows receives each converted row with its record's byte offset in the (decompressed) file
   * @param rejects receives each bad record under {@link OnBadLines#SKIP} or {@link OnBadLines#DEAD_LETTER}
   * @return the number of records that start in the split, bad ones included
   * @throws CsvRecordException under {@link OnBadLines#ERROR}, for the first bad record
   * @throws IllegalArgumentException if the file's header lacks a wanted column
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public long read(ResolvedSplit resolved, PositionedRows rows, Consumer<RejectedRecord> rejects) {
    FileSplit split = resolved.split();
    String file = split.file();
    if (CsvSyntax.isGzip(file)) {
      return readGzip(file, rows, rejects);
    }
    try (SeekableFile seekable = SeekableFile.open(file)) {
      long size = seekable.size();
      if (size == 0) {
        return 0;
      }
      Header header;
      try (CSVParser headerParser = CsvSyntax.parser(CsvSyntax.reader(seekable, 0, size), separator)) {
        header = header(CsvSyntax.header(headerParser.iterator().next(), file), file);
      }
      // A split owns the records that start inside it; the first split's first record is the header.
      long from = split.start() == 0
          ? boundaries.nextRecordStart(seekable, 0, RecordBoundaries.RECORD_START, size, true)
          : boundaries.nextRecordStart(seekable, split.start(), resolved.stateAtStart(), size, false);
      long to = split.end() >= size ? size : boundaries.nextRecordStart(seekable, split.end(), resolved.stateAtEnd(), size, false);
      from = pastLfOfCrlf(seekable, from, size);
      to = pastLfOfCrlf(seekable, to, size);
      if (from >= to) {
        return 0;
      }
      long firstLineOfSplit = from;
      RecordScanner scanner = new RecordScanner(seekable.range(from, to), separator, header.positions);
      return readRecords(scanner, file, () -> lineOf(seekable, firstLineOfSplit), from, header, rows, rejects);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + split + ": " + e.getMessage(), e);
    }
  }

  /** A gzip file is one split: its header is the stream's first record. */
  private long readGzip(String file, PositionedRows rows, Consumer<RejectedRecord> rejects) {
    Header header;
    try (CSVParser headerParser = CsvSyntax.parser(CsvSyntax.gzipReader(file), separator)) {
      Iterator<CSVRecord> records = headerParser.iterator();
      if (!records.hasNext()) {
        return 0;
      }
      header = header(CsvSyntax.header(records.next(), file), file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try (InputStream in = CsvSyntax.gzipStream(file)) {
      RecordScanner scanner = new RecordScanner(in, separator, header.positions);
      scanner.next();
      return readRecords(scanner, file, () -> 1, 0, header, rows, rejects);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Where each wanted column is in a file's records, and how many fields a record has. */
  private record Header(int[] positions, int width) {}

  /**
   * A CR ends a record, so a record boundary may fall between the CR and LF of a CRLF; the LF then
   * starts a blank line. Starting after it keeps line numbers counting a CRLF once.
   */
  private static long pastLfOfCrlf(SeekableFile seekable, long offset, long size) throws IOException {
    if (offset == 0 || offset >= size) {
      return offset;
    }
    ByteBuffer two = ByteBuffer.allocate(2);
    while (two.hasRemaining() && seekable.read(two, offset - 1 + two.position()) > 0) {
      // an object store may return fewer bytes than asked for
    }
    return two.position() == 2 && two.get(0) == '\r' && two.get(1) == '\n' ? offset + 1 : offset;
  }

  /** Where the text a scanner reads starts: the file's line number, counted only when an error needs it. */
  @FunctionalInterface
  private interface FirstLine {
    long get() throws IOException;
  }

  /**
   * Scans records to the end of the scanner's text. A bad record is an error under
   * {@link OnBadLines#ERROR}; otherwise it is rejected and reading goes on after it (after its
   * first line, if the lexer could not find where it ends).
   */
  private long readRecords(RecordScanner scanner, String file, FirstLine firstLine, long base, Header header,
      PositionedRows rows, Consumer<RejectedRecord> rejects) throws IOException {
    long records = 0;
    while (true) {
      try {
        if (!scanner.next()) {
          return records;
        }
      } catch (RecordScanner.MalformedRecord bad) {
        records++;
        long line = firstLine.get() + bad.recordLine - 1;
        if (onBadLines == OnBadLines.ERROR) {
          throw new CsvRecordException(file, line,
              bad.getMessage() + (bad.unterminated ? RecordScanner.UNTERMINATED_FIX : ""));
        }
        String text = scanner.skipFirstLineOfRecord();
        rejects.accept(new RejectedRecord(file, line,
            bad.getMessage() + "; the line was skipped and reading went on at the next one", text));
        continue;
      }
      records++;
      Object[] values = new Object[header.positions.length];
      String problem = scanner.fieldCount() != header.width
          ? "expected " + header.width + " fields as in the header, found " + scanner.fieldCount()
              + "; fix the row (a field containing the separator must be quoted)"
          : convert(scanner, values);
      if (problem == null) {
        try {
          rows.accept(values, base + scanner.recordOffset());
        } catch (ValueConversionException badValue) {
          // An expression the read runs (to_datetime, to_numeric, ...) refused a value: say where it is.
          // The message says all; no cause, so the error shown is this one, not the unlocated one.
          throw new CsvRecordException(file, firstLine.get() + scanner.recordLine() - 1, badValue.getMessage());
        }
        continue;
      }
      long line = firstLine.get() + scanner.recordLine() - 1;
      if (onBadLines == OnBadLines.ERROR) {
        throw new CsvRecordException(file, line, problem);
      }
      rejects.accept(new RejectedRecord(file, line, problem, scanner.recordText()));
    }
  }

  /** Fills {@code values} from the record; returns what is wrong with it, or null. */
  private String convert(RecordScanner scanner, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      String text = scanner.text(i);
      if (naValues.contains(text) && (textNaFilter || output.field(i).type() != DType.OBJECT)) {
        continue;
      }
      if (text.indexOf(REPLACEMENT) >= 0) {
        return "column " + output.field(i).name() + ": the bytes of \"" + text + "\" are not valid UTF-8 "
            + "(shown as \uFFFD); re-encode the file as UTF-8, e.g. iconv -f latin1 -t utf-8";
      }
      DType type = output.field(i).type();
      Object value = CellParser.parse(type, text);
      if (value == CellParser.INVALID) {
        String name = output.field(i).name();
        if (!declared.contains(name)) {
          String fits = CellParser.parse(DType.FLOAT64, text) != CellParser.INVALID ? "float64" : "object";
          return "column " + name + ": cannot parse \"" + text + "\" as " + type + ", the dtype inferred from a "
              + "sample; declare it: dtype {\"" + name + "\": \"" + fits + "\"} (CsvReadOptions.withDtypes)";
        }
        if (type == DType.DATETIME64) {
          return "column " + name + ": cannot parse \"" + text + "\" as datetime64, which reads ISO 8601 text "
              + "(2012-01-31, 2012-01-31 10:30:00); declare the column's dtype as object and convert it with "
              + "to_datetime: " + Iso8601.hintFor(text);
        }
        return "column " + name + ": cannot parse \"" + text + "\" as " + type
            + "; fix the value, or declare the column's dtype as object and convert it with "
            + "toNumeric(..., Errors.COERCE)";
      }
      values[i] = value;
    }
    return null;
  }

  private Header header(List<String> names, String file) {
    return new Header(positionsIn(names, file), names.size());
  }

  private int[] positionsIn(List<String> header, String file) {
    int[] positions = new int[output.size()];
    for (int i = 0; i < positions.length; i++) {
      String name = output.field(i).name();
      positions[i] = header.indexOf(name);
      if (positions[i] < 0) {
        throw new IllegalArgumentException(
            "file " + file + " lacks a column the read needs: " + new ColumnNotFoundException(name, header).getMessage());
      }
    }
    return positions;
  }

  /** The 1-based line number of offset {@code offset} (CR, LF and CRLF each end a line): counted only when an error is reported. */
  private static long lineOf(SeekableFile seekable, long offset) throws IOException {
    long lines = 1;
    byte previous = 0;
    ByteBuffer buffer = ByteBuffer.allocate(SCAN_BYTES);
    for (long position = 0; position < offset; ) {
      buffer.clear();
      buffer.limit((int) Math.min(SCAN_BYTES, offset - position));
      int read = seekable.read(buffer, position);
      if (read <= 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        byte b = buffer.get(i);
        if (b == '\r' || (b == '\n' && previous != '\r')) {
          lines++;
        }
        previous = b;
      }
      position += read;
    }
    return lines;
  }
}
