package org.beamframe.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.beamframe.expr.ValueConversionException;
import org.beamframe.expr.datetime.Iso8601;
import org.beamframe.storage.SeekableFile;
import org.beamframe.types.ColumnNotFoundException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * Reads the records that start inside one split (or, for a row limit, whole files in order: a
 * {@link ReadTask}) and converts the wanted columns to their dtypes.
 * A record belongs to the split its first byte lies in; with the lexer state at the split's ends
 * known ({@link ResolvedSplit}), record starts are found quote-aware, so a quoted field with line
 * breaks in it may straddle a split boundary. Each file's rows start after its own skipped lines
 * and header. Columns are found by name in each file's own header (parsed by Commons
 * CSV), or by position when the read names them ({@code names}, {@code header=None}); records are
 * split by {@link RecordScanner}, which turns only the wanted fields into text.
 */
public final class CsvSplitReader implements Serializable {
  private static final char REPLACEMENT = '\uFFFD';

  /** The columns produced, in order, with their dtypes. */
  private final FrameSchema output;
  /** The read options: separator, quote, encoding, header, skipped lines, missing-value strings, bad-record policy. */
  private final CsvReadOptions options;
  /** The lexer that finds record starts. */
  private final RecordBoundaries boundaries;
  /** The columns whose dtypes were declared, not inferred (for the error message's advice). */
  private final Set<String> declared;

  /**
   * A reader producing the columns of {@code output}, in its order, with its dtypes.
   *
   * @param output the wanted columns, a subset of the files' columns in any order (projection
   *     pushdown: only these are converted)
   * @param options the read options: separator, quote, encoding, header and names, skipped lines,
   *     missing-value strings, declared dtypes, bad-record policy (as a {@link CsvSource} resolved
   *     them: under {@code header=None} with names filled in)
   */
  public CsvSplitReader(FrameSchema output, CsvReadOptions options) {
    this.output = output;
    this.options = options;
    this.boundaries = RecordBoundaries.of(options);
    this.declared = Set.copyOf(options.dtypes().keySet());
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
   *     fields, a value that does not parse as its dtype, bytes invalid in the encoding or broken quoting)
   * @throws IllegalArgumentException if the file's header lacks a wanted column
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public long read(ResolvedSplit resolved, Consumer<Object[]> rows, Consumer<RejectedRecord> rejects) {
    return read(ReadTask.of(resolved), rows, rejects);
  }

  /**
   * As {@link #read(ResolvedSplit, Consumer, Consumer)}, for every split of {@code task} in order,
   * stopping as soon as it has given the task's row limit.
   *
   * @param task the splits, in order, and the most rows to give
   * @param rows receives each converted row, values in {@code output}'s column order
   * @param rejects receives each bad record under {@link OnBadLines#SKIP} or {@link OnBadLines#DEAD_LETTER}
   * @return the number of records read, bad ones included
   * @throws CsvRecordException under {@link OnBadLines#ERROR}, for the first bad record
   * @throws IllegalArgumentException if a file's header lacks a wanted column
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public long read(ReadTask task, Consumer<Object[]> rows, Consumer<RejectedRecord> rejects) {
    return read(task, (values, file, offset) -> rows.accept(values), rejects);
  }

  /**
   * As {@link #read(ReadTask, Consumer, Consumer)}, each row with its file and its record's offset
   * there (its order). Splits after the row limit is reached are not opened, and a split is read
   * no further than its last row within the limit.
   *
   * @param task the splits, in order, and the most rows to give
   * @param rows receives each converted row with its file and its record's byte offset in the (decompressed) file
   * @param rejects receives each bad record under {@link OnBadLines#SKIP} or {@link OnBadLines#DEAD_LETTER}
   * @return the number of records read, bad ones included
   * @throws CsvRecordException under {@link OnBadLines#ERROR}, for the first bad record
   * @throws IllegalArgumentException if a file's header lacks a wanted column
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public long read(ReadTask task, PositionedRows rows, Consumer<RejectedRecord> rejects) {
    Budget budget = new Budget(task.rowLimit());
    for (ResolvedSplit split : task.splits()) {
      if (budget.rowsLeft == 0) {
        break;
      }
      if (CsvSyntax.isGzip(split.split().file())) {
        readGzip(split.split().file(), rows, rejects, budget);
      } else {
        readSplit(split, rows, rejects, budget);
      }
    }
    return budget.records;
  }

  /** One task's count of records read and the rows it may still give. */
  private static final class Budget {
    private long rowsLeft;
    private long records;

    private Budget(long rowLimit) {
      this.rowsLeft = rowLimit;
    }
  }

  private void readSplit(ResolvedSplit resolved, PositionedRows rows, Consumer<RejectedRecord> rejects, Budget budget) {
    FileSplit split = resolved.split();
    String file = split.file();
    try (SeekableFile seekable = SeekableFile.open(file)) {
      long size = seekable.size();
      if (size == 0) {
        return;
      }
      Preamble preamble = Preamble.of(offset -> seekable.range(offset, size), file, options);
      if (preamble.columns() == null) {
        return;
      }
      Header header = header(preamble.columns(), file);
      // A split owns the records that start inside it; the rows start after the file's preamble
      // (which is not always where the lexer sees a record start: a byte order mark is skipped).
      long rowsStart = preamble.rowsStart();
      if (split.end() <= rowsStart) {
        return;
      }
      long from = split.start() <= rowsStart
          ? rowsStart
          : boundaries.nextRecordStart(seekable, split.start(), resolved.stateAtStart(), size);
      long to = split.end() >= size ? size : boundaries.nextRecordStart(seekable, split.end(), resolved.stateAtEnd(), size);
      from = pastLfOfCrlf(seekable, from, size);
      to = pastLfOfCrlf(seekable, to, size);
      if (from >= to) {
        return;
      }
      long firstLineOfSplit = from;
      RecordScanner scanner = new RecordScanner(seekable.range(from, to), options, header.positions);
      readRecords(scanner, file, () -> CsvSyntax.lineOf(seekable.range(0, firstLineOfSplit), firstLineOfSplit), from,
          header, rows, rejects, budget);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + split + ": " + e.getMessage(), e);
    }
  }

  /** A gzip file is one split: its rows start after its preamble in the decompressed stream. */
  private void readGzip(String file, PositionedRows rows, Consumer<RejectedRecord> rejects, Budget budget) {
    Preamble.Bytes bytes = offset -> CsvSyntax.gzipStream(file, offset);
    try {
      Preamble preamble = Preamble.of(bytes, file, options);
      if (preamble.columns() == null) {
        return;
      }
      Header header = header(preamble.columns(), file);
      long rowsStart = preamble.rowsStart();
      try (InputStream in = bytes.from(rowsStart)) {
        RecordScanner scanner = new RecordScanner(in, options, header.positions);
        readRecords(scanner, file, () -> {
          try (InputStream start = bytes.from(0)) {
            return CsvSyntax.lineOf(start, rowsStart);
          }
        }, rowsStart, header, rows, rejects, budget);
      }
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
   * Scans records to the end of the scanner's text, or until the budget's rows are given. A bad record is an error under
   * {@link OnBadLines#ERROR}; otherwise it is rejected and reading goes on after it (after its
   * first line, if the lexer could not find where it ends).
   */
  private void readRecords(RecordScanner scanner, String file, FirstLine firstLine, long base, Header header,
      PositionedRows rows, Consumer<RejectedRecord> rejects, Budget budget) throws IOException {
    OnBadLines onBadLines = options.onBadLines();
    while (budget.rowsLeft > 0) {
      try {
        if (!scanner.next()) {
          return;
        }
      } catch (RecordScanner.MalformedRecord bad) {
        budget.records++;
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
      budget.records++;
      Object[] values = new Object[header.positions.length];
      String problem = scanner.fieldCount() != header.width
          ? "expected " + header.width + " fields " + (options.header() ? "as in the header" : "(one per column name)")
              + ", found " + scanner.fieldCount()
              + "; fix the row (a field containing the separator must be quoted)"
          : convert(scanner, values);
      if (problem == null) {
        budget.rowsLeft--;
        try {
          rows.accept(values, file, base + scanner.recordOffset());
        } catch (ValueConversionException badValue) {
          // An expression the read runs (to_datetime, to_numeric, a map function) refused a value: say
          // where it is. The message says all; the cause is what was behind it (a user function's own
          // exception), so the error shown is this one, not the unlocated one.
          throw new CsvRecordException(file, firstLine.get() + scanner.recordLine() - 1, badValue.getMessage(),
              badValue.getCause());
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
    Set<String> naValues = options.naValues();
    for (int i = 0; i < values.length; i++) {
      String text = scanner.text(i);
      if (naValues.contains(text) && (options.textNaFilter() || output.field(i).type() != DType.OBJECT)) {
        continue;
      }
      if (text.indexOf(REPLACEMENT) >= 0) {
        return "column " + output.field(i).name() + ": the bytes of \"" + text + "\" are not valid "
            + invalidTextFix();
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

  /** The rest of the message for text with bytes the encoding does not have: the encoding, and what to do. */
  private String invalidTextFix() {
    return switch (options.encoding()) {
      case UTF_8 -> "UTF-8 (shown as \uFFFD); read the file in its encoding, e.g. encoding='latin-1' or 'cp1252' "
          + "(CsvReadOptions.withEncoding), or re-encode it as UTF-8, e.g. iconv -f latin1 -t utf-8";
      case CP1252 -> "cp1252 (shown as \uFFFD: bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined there); read the "
          + "file as encoding='latin-1', which defines every byte, or fix those bytes";
      case LATIN_1 -> "latin-1 (shown as \uFFFD)";
    };
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
}
