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

  private final FrameSchema output;
  private final char separator;
  private final Set<String> naValues;
  private final RecordBoundaries boundaries;

  /** A reader producing the columns of {@code output}, in its order, with its dtypes. */
  public CsvSplitReader(FrameSchema output, CsvReadOptions options) {
    this.output = output;
    this.separator = options.separator();
    this.naValues = options.naValues();
    this.boundaries = new RecordBoundaries(options.separator());
  }

  /** Reads {@code resolved}, giving each converted row to {@code rows}; returns the number of records read. */
  public long read(ResolvedSplit resolved, Consumer<Object[]> rows) {
    FileSplit split = resolved.split();
    String file = split.file();
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
      return readRange(channel, file, from, to, headerWidth, positions, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + split + ": " + e.getMessage(), e);
    }
  }

  private long readRange(FileChannel channel, String file, long from, long to, int headerWidth, int[] positions,
      Consumer<Object[]> rows) throws IOException {
    long records = 0;
    long previousEndLine = 0;
    try (CSVParser parser = CsvSyntax.parser(CsvSyntax.reader(channel, from, to), separator)) {
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!it.hasNext()) {
            break;
          }
          record = it.next();
        } catch (UncheckedIOException e) {
          throw new CsvRecordException(file, lineOf(channel, from) + previousEndLine, CsvSyntax.describe(e));
        }
        long startLine = previousEndLine;
        previousEndLine = parser.getCurrentLineNumber();
        records++;
        if (record.size() != headerWidth) {
          throw new CsvRecordException(file, lineOf(channel, from) + startLine,
              "expected " + headerWidth + " fields as in the header, found " + record.size()
                  + "; fix the row (a field containing the separator must be quoted)");
        }
        Object[] values = new Object[positions.length];
        for (int i = 0; i < positions.length; i++) {
          String text = record.get(positions[i]);
          if (naValues.contains(text)) {
            continue;
          }
          if (text.indexOf(REPLACEMENT) >= 0) {
            throw new CsvRecordException(file, lineOf(channel, from) + startLine,
                "column " + output.field(i).name() + ": the bytes of \"" + text + "\" are not valid UTF-8 "
                    + "(shown as \uFFFD); re-encode the file as UTF-8, e.g. iconv -f latin1 -t utf-8");
          }
          DType type = output.field(i).type();
          Object value = CellParser.parse(type, text);
          if (value == CellParser.INVALID) {
            throw new CsvRecordException(file, lineOf(channel, from) + startLine,
                "column " + output.field(i).name() + ": cannot parse \"" + text + "\" as " + type
                    + "; fix the value, or declare the column's dtype as object and convert it with "
                    + "toNumeric(..., Errors.COERCE)");
          }
          values[i] = value;
        }
        rows.accept(values);
      }
    }
    return records;
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
