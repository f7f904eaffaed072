package org.beamframe.csv;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.beamframe.types.ColumnNotFoundException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * Reads the records that start inside one split and converts the wanted columns to their dtypes.
 * A record belongs to the split its first byte lies in; with the lexer state at the split's ends
 * known ({@link ResolvedSplit}), record starts are found quote-aware, so a quoted field with line
 * breaks in it may straddle a split boundary. Columns are found by name in each file's own header.
 */
public final class CsvSplitReader implements Serializable {
  private static final int SCAN_BYTES = 64 << 10;
  private static final char REPLACEMENT = '\uFFFD';
  private static final org.apache.commons.csv.CSVFormat TEXT = org.apache.commons.csv.CSVFormat.RFC4180;

  private final FrameSchema output;
  private final char separator;
  private final Set<String> naValues;
  private final RecordBoundaries boundaries;
  private final OnBadLines onBadLines;
  private final Set<String> declared;
  private final boolean textNaFilter;

  /** A reader producing the columns of {@code output}, in its order, with its dtypes. */
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
   */
  public long read(ResolvedSplit resolved, Consumer<Object[]> rows, Consumer<RejectedRecord> rejects) {
    FileSplit split = resolved.split();
    String file = split.file();
    if (CsvSyntax.isGzip(file)) {
      return readGzip(file, rows, rejects);
    }
    try (FileChannel channel = FileChannel.open(Path.of(file), StandardOpenOption.READ)) {
      long size = channel.size();
      if (size == 0) {
        return 0;
      }
      int[] positions;
      int headerWidth;
      try (CSVParser headerParser = CsvSyntax.parser(CsvSyntax.reader(channel, 0, size), separator)) {
        List<String> header = CsvSyntax.header(headerParser.iterator().next(), file);
        headerWidth = header.size();
        positions = positionsIn(header, file);
      }
      // A split owns the records that start inside it; the first split's first record is the header.
      long from = split.start() == 0
          ? boundaries.nextRecordStart(channel, 0, RecordBoundaries.RECORD_START, size, true)
          : boundaries.nextRecordStart(channel, split.start(), resolved.stateAtStart(), size, false);
      long to = split.end() >= size ? size : boundaries.nextRecordStart(channel, split.end(), resolved.stateAtEnd(), size, false);
      if (from >= to) {
        return 0;
      }
      long records = 0;
      for (long start = from; start < to; ) {
        long chunkStart = start;
        try (CSVParser parser = CsvSyntax.parser(CsvSyntax.reader(channel, start, to), separator)) {
          return records + readRecords(parser, file, () -> lineOf(channel, chunkStart), 0, headerWidth, positions,
              rows, rejects, true);
        } catch (LexerFailure failure) {
          // Lenient: reject the bad record's first line and go on at the next one, so a stray
          // quote costs one record, not the rest of the file.
          records += failure.recordsBefore + 1;
          long lineStart = skipLines(channel, start, failure.linesBefore, to);
          long next = skipLines(channel, lineStart, 1, to);
          rejects.accept(new RejectedRecord(file, lineOf(channel, start) + failure.linesBefore,
              failure.problem + "; the line was skipped and reading went on at the next one",
              text(channel, lineStart, next)));
          start = Math.max(next, lineStart + 1);
        }
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + split + ": " + e.getMessage(), e);
    }
  }

  /** A gzip file is one split: its header is the stream's first record. */
  private long readGzip(String file, Consumer<Object[]> rows, Consumer<RejectedRecord> rejects) {
    try (CSVParser parser = CsvSyntax.parser(CsvSyntax.gzipReader(file), separator)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return 0;
      }
      List<String> header = CsvSyntax.header(records.next(), file);
      return readRecords(parser, file, () -> 1, parser.getCurrentLineNumber(), header.size(), positionsIn(header, file),
          rows, rejects, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A record the lexer could not finish: how many records and lines came before it in the chunk. */
  private static final class LexerFailure extends RuntimeException {
    final long recordsBefore;
    final long linesBefore;
    final String problem;

    LexerFailure(long recordsBefore, long linesBefore, String problem) {
      super(null, null, false, false);
      this.recordsBefore = recordsBefore;
      this.linesBefore = linesBefore;
      this.problem = problem;
    }
  }

  /** The offset after {@code lines} line feeds from {@code offset} (or {@code end}, if fewer). */
  static long skipLines(FileChannel channel, long offset, long lines, long end) throws IOException {
    long position = offset;
    long left = lines;
    ByteBuffer buffer = ByteBuffer.allocate(SCAN_BYTES);
    while (left > 0 && position < end) {
      buffer.clear();
      buffer.limit((int) Math.min(SCAN_BYTES, end - position));
      int read = channel.read(buffer, position);
      if (read <= 0) {
        return end;
      }
      int i = 0;
      for (; i < read && left > 0; i++) {
        if (buffer.get(i) == '\n') {
          left--;
        }
      }
      position += i;
    }
    return position;
  }

  /** Bytes [from, to) as text, without the line end. */
  private static String text(FileChannel channel, long from, long to) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(to - from, 1 << 16));
    channel.read(buffer, from);
    return new String(buffer.array(), 0, buffer.position(), java.nio.charset.StandardCharsets.UTF_8).stripTrailing();
  }

  /** Where the text a parser reads starts: the physical line, counted only when an error needs it. */
  @FunctionalInterface
  private interface FirstLine {
    long get() throws IOException;
  }

  /**
   * Parses records until the parser's end. A record the lexer cannot finish is an error under
   * {@link OnBadLines#ERROR} or when {@code recoverable} is false; otherwise a {@link LexerFailure}
   * tells the caller where it began, so the caller can skip it and parse on.
   */
  private long readRecords(CSVParser parser, String file, FirstLine firstLine, long linesBefore, int headerWidth,
      int[] positions, Consumer<Object[]> rows, Consumer<RejectedRecord> rejects, boolean recoverable)
      throws IOException {
    long records = 0;
    long previousEndLine = linesBefore;
    long base = -1;
    Iterator<CSVRecord> it = parser.iterator();
    while (true) {
      CSVRecord record;
      try {
        if (!it.hasNext()) {
          break;
        }
        record = it.next();
      } catch (UncheckedIOException e) {
        if (onBadLines == OnBadLines.ERROR || !recoverable) {
          throw new CsvRecordException(file, firstLine.get() + previousEndLine, CsvSyntax.describe(e));
        }
        throw new LexerFailure(records, previousEndLine, CsvSyntax.problem(e));
      }
      long startLine = previousEndLine;
      previousEndLine = parser.getCurrentLineNumber();
      records++;
      Object[] values = new Object[positions.length];
      String problem = record.size() != headerWidth
          ? "expected " + headerWidth + " fields as in the header, found " + record.size()
              + "; fix the row (a field containing the separator must be quoted)"
          : convert(record, positions, values);
      if (problem == null) {
        rows.accept(values);
        continue;
      }
      if (base < 0) {
        base = firstLine.get();
      }
      if (onBadLines == OnBadLines.ERROR) {
        throw new CsvRecordException(file, base + startLine, problem);
      }
      rejects.accept(new RejectedRecord(file, base + startLine, problem, TEXT.format(record.values()).strip()));
    }
    return records;
  }

  /** Fills {@code values} from the record; returns what is wrong with it, or null. */
  private String convert(CSVRecord record, int[] positions, Object[] values) {
    for (int i = 0; i < positions.length; i++) {
      String text = record.get(positions[i]);
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
        return "column " + name + ": cannot parse \"" + text + "\" as " + type
            + "; fix the value, or declare the column's dtype as object and convert it with "
            + "toNumeric(..., Errors.COERCE)";
      }
      values[i] = value;
    }
    return null;
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

  /** The 1-based line number of offset {@code offset}: counted only when an error is reported. */
  private static long lineOf(FileChannel channel, long offset) throws IOException {
    long lines = 1;
    ByteBuffer buffer = ByteBuffer.allocate(SCAN_BYTES);
    for (long position = 0; position < offset; ) {
      buffer.clear();
      buffer.limit((int) Math.min(SCAN_BYTES, offset - position));
      int read = channel.read(buffer, position);
      if (read <= 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        if (buffer.get(i) == '\n') {
          lines++;
        }
      }
      position += read;
    }
    return lines;
  }
}
