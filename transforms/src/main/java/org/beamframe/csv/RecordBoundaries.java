package org.beamframe.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.beamframe.storage.SeekableFile;

/**
 * Where CSV records start, found at the byte level with the same quoting rules as Commons CSV's
 * RFC 4180 lexer: a quote (the read's quote character) opens a quoted field only at the start of a
 * field, a doubled quote inside one is data, and a line break (CR, LF or CRLF) ends a record only outside quotes. The lexer is a small
 * state machine, so the state at any offset follows from the state at the file's start by
 * composing, split after split, each split's map from start state to end state — which is how a
 * split knows, without reading what comes before it, whether its first bytes are inside a field.
 */
public final class RecordBoundaries implements Serializable {
  /** Just after a record-ending CR or LF (or at offset 0): a record, or a skipped blank line, starts here. */
  public static final int RECORD_START = 0;
  static final int FIELD_START = 1;
  static final int UNQUOTED = 2;
  static final int QUOTED = 3;
  static final int QUOTE_IN_QUOTED = 4;
  /** The number of states; a split's summary maps each of them to an end state. */
  public static final int STATES = 5;

  private static final int BUFFER_BYTES = 256 << 10;

  /** The transition table: the state after byte {@code b} in state {@code s} is at {@code s * 256 + b}. */
  private final byte[] next = new byte[STATES * 256];
  /** The quote character's byte. */
  private final byte quote;

  /**
   * The lexer for files with {@code separator} between fields and {@code quote} around quoted fields.
   * Only the characters' low bytes are compared with the file's bytes, which is right for ASCII
   * characters in any of the {@link TextEncoding}s.
   *
   * @param separator the field separator, an ASCII character
   * @param quote the quote character, an ASCII character other than the separator
   */
  public RecordBoundaries(char separator, char quote) {
    this.quote = (byte) quote;
    for (int state = 0; state < STATES; state++) {
      for (int b = 0; b < 256; b++) {
        next[state * 256 + b] = (byte) transition(state, b, (byte) separator & 0xff, (byte) quote & 0xff);
      }
    }
  }

  /**
   * The lexer of a read with {@code options}: its separator and quote character.
   *
   * @param options the read options
   * @return the lexer
   */
  public static RecordBoundaries of(CsvReadOptions options) {
    // Checked here, where the options are used, so that withSeparator and withQuoteChar may come in any order.
    if (options.separator() == options.quoteChar()) {
      throw new IllegalArgumentException("the separator and the quote character are both '" + options.separator()
          + "'; a CSV read needs two different characters (sep and quotechar)");
    }
    return new RecordBoundaries(options.separator(), options.quoteChar());
  }

  private static int transition(int state, int b, int separator, int quoteByte) {
    boolean quote = b == quoteByte;
    // Commons CSV ends a record at CR, LF or CRLF; the LF of a CRLF then starts a blank line it skips.
    boolean newline = b == '\n' || b == '\r';
    boolean delimiter = b == separator;
    return switch (state) {
      case RECORD_START, FIELD_START -> quote ? QUOTED : newline ? RECORD_START : delimiter ? FIELD_START : UNQUOTED;
      case UNQUOTED -> newline ? RECORD_START : delimiter ? FIELD_START : UNQUOTED;
      case QUOTED -> quote ? QUOTE_IN_QUOTED : QUOTED;
      // After a closing quote: a doubled quote is data, anything but a separator or line end is an error.
      case QUOTE_IN_QUOTED -> quote ? QUOTED : newline ? RECORD_START : delimiter ? FIELD_START : UNQUOTED;
      default -> throw new IllegalArgumentException("no state " + state);
    };
  }

  /**
   * For bytes [start, end): the state at {@code end} for each possible state at {@code start}.
   * Only quotes need a step of their own: over a run of other bytes, a state inside quotes stays
   * there and any other state ends as the run's last byte says (line end, separator, or inside an
   * unquoted field). So the scan jumps from quote to quote, eight bytes at a time (whatever the
   * quote character is).
   *
   * @param file the open file
   * @param start the range's first offset
   * @param end the offset after the range
   * @return an array of {@link #STATES} entries: entry {@code s} is the state at {@code end} when the
   *     state at {@code start} is {@code s}
   * @throws IOException if the file cannot be read
   */
  public int[] summarize(SeekableFile file, long start, long end) throws IOException {
    int[] states = {0, 1, 2, 3, 4};
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    byte[] bytes = buffer.array();
    for (long position = start; position < end; ) {
      buffer.clear();
      buffer.limit((int) Math.min(BUFFER_BYTES, end - position));
      int read = file.read(buffer, position);
      if (read <= 0) {
        break;
      }
      int from = 0;
      long quotes = ONES * (quote & 0xff);
      for (int at = indexOf(bytes, 0, read, quote, quotes); at >= 0; at = indexOf(bytes, from, read, quote, quotes)) {
        if (at > from) {
          afterRun(states, bytes[at - 1]);
        }
        for (int s = 0; s < STATES; s++) {
          states[s] = next[(states[s] << 8) | (quote & 0xff)];
        }
        from = at + 1;
      }
      if (read > from) {
        afterRun(states, bytes[read - 1]);
      }
      position += read;
    }
    return states;
  }

  /** The states after a run of bytes without quotes whose last byte is {@code last}. */
  private void afterRun(int[] states, byte last) {
    for (int s = 0; s < STATES; s++) {
      if (states[s] != QUOTED) {
        states[s] = next[(UNQUOTED << 8) | (last & 0xff)];
      }
    }
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * The index of the first byte {@code target} in bytes [from, to), or -1; eight bytes a step (SWAR).
   * {@code targets} is {@code target} in each of a long's eight bytes.
   */
  static int indexOf(byte[] bytes, int from, int to, byte target, long targets) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long word = (long) LONGS.get(bytes, i) ^ targets;
      // The lowest high bit set marks the first zero byte, that is the first quote.
      long zeros = (word - ONES) & ~word & HIGHS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == target) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first record start at or after {@code offset}, given the lexer's state there.
   * Returns {@code size} if no record starts before the end of the file.
   *
   * @param file the open file
   * @param offset where to start looking
   * @param stateAtOffset the lexer state at {@code offset}, e.g. {@link ResolvedSplit#stateAtStart()}
   * @param size the file's size
   * @return the offset of the first record start found, or {@code size}
   * @throws IOException if the file cannot be read
   */
  public long nextRecordStart(SeekableFile file, long offset, int stateAtOffset, long size) throws IOException {
    if (stateAtOffset == RECORD_START) {
      return offset;
    }
    int state = stateAtOffset;
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    byte[] bytes = buffer.array();
    for (long position = offset; position < size; ) {
      buffer.clear();
      int read = file.read(buffer, position);
      if (read <= 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        state = next[(state << 8) | (bytes[i] & 0xff)];
        if (state == RECORD_START) {
          return position + i + 1;
        }
      }
      position += read;
    }
    return size;
  }

  /**
   * The number of bytes the first {@code records} records of {@code in} take, line ends included
   * (a CRLF whole), the stream starting at a record start: pandas' {@code skiprows} and the header
   * row. A line end inside quotes is part of its record; a blank line is a record of its own when
   * {@code blankLinesCount}, else it is skipped without counting (as before a header). A quote
   * never closed runs to the end of the stream, as it would for the parser.
   *
   * @param in the bytes, from a record start; read as far as the records go (and one byte more
   *     after a record ending in CR)
   * @param records how many records to skip
   * @param blankLinesCount whether a blank line counts as a record
   * @return the bytes taken by those records, or every byte of the stream if it has fewer
   * @throws IOException if the stream cannot be read
   */
  public long skipRecords(InputStream in, long records, boolean blankLinesCount) throws IOException {
    if (records == 0) {
      return 0;
    }
    byte[] buffer = new byte[64 << 10];
    int state = RECORD_START;
    byte previous = 0;
    long consumed = 0;
    long skipped = 0;
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      for (int i = 0; i < read; i++) {
        byte b = buffer[i];
        if (skipped == records) {
          // The last record ended with a CR: an LF right after it belongs to the same line end.
          return consumed + (b == '\n' ? 1 : 0);
        }
        int after = next[(state << 8) | (b & 0xff)];
        if ((b == '\n' || b == '\r') && after == RECORD_START) {
          boolean lfOfCrlf = b == '\n' && previous == '\r' && state == RECORD_START;
          boolean blank = state == RECORD_START;
          if (!lfOfCrlf && (!blank || blankLinesCount)) {
            skipped++;
          }
        }
        state = after;
        previous = b;
        consumed++;
        if (skipped == records && b == '\n') {
          return consumed;
        }
      }
    }
    return consumed;
  }
}
