package org.beamframe.csv;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into CSV records at the byte level and decodes only the fields a read wants.
 * The rules are those of Commons CSV's RFC 4180 lexer with blank lines ignored (CsvReadFuzzTest
 * holds the two to identical rows): a quote opens a quoted field only as a field's first byte; a
 * doubled quote inside one is a quote; after the closing quote only whitespace may come before the
 * separator or line end; CR, LF and CRLF end a record outside quotes; a separator just before the
 * end of the text adds an empty last field. No {@link TextEncoding} needs decoding to find these
 * bytes (no byte of a UTF-8 multi-byte sequence is ASCII, and Latin-1 and cp1252 have one byte per
 * character), so fields nobody reads are never turned into text.
 */
final class RecordScanner {
  private static final int BUFFER_BYTES = 1 << 20;
  private static final int NO_FIELD = -1;

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LINE_FEEDS = ONES * '\n';
  private static final long CARRIAGE_RETURNS = ONES * '\r';

  private final InputStream in;
  private final long separators;
  private final byte separator;
  private final byte quote;
  /** The quote character doubled, as it stands for one quote inside a quoted field. */
  private final String doubledQuote;
  private final String quoteText;
  private final Charset charset;
  private final boolean utf8;
  /** For each field position of a record, the slot its text goes to, or NO_FIELD. */
  private final int[] slotOfField;
  private final int[] starts;
  private final int[] ends;
  private final boolean[] doubledQuotes;

  private byte[] buffer = new byte[BUFFER_BYTES];
  private int limit;
  private int cursor;
  private boolean exhausted;
  /** Stream offset of buffer[0]. */
  private long bufferOffset;
  /** 1-based line of the cursor, counting CR, LF and CRLF as one line break each. */
  private long line = 1;

  private int recordStart;
  private int recordEnd;
  private long recordLine;
  private int fields;

  /**
   * A scanner whose slot {@code k} holds field {@code fieldsOfSlots[k]} of each record, with the
   * read's separator and quote (ASCII, as {@link CsvReadOptions} makes sure) and text encoding.
   */
  RecordScanner(InputStream in, CsvReadOptions options, int[] fieldsOfSlots) {
    char separator = options.separator();
    this.in = in;
    this.separator = (byte) separator;
    this.separators = ONES * separator;
    this.quote = (byte) options.quoteChar();
    this.quoteText = String.valueOf(options.quoteChar());
    this.doubledQuote = quoteText + quoteText;
    this.charset = options.encoding().charset();
    this.utf8 = options.encoding() == TextEncoding.UTF_8;
    int width = Arrays.stream(fieldsOfSlots).max().orElse(-1) + 1;
    this.slotOfField = new int[width];
    Arrays.fill(slotOfField, NO_FIELD);
    for (int slot = 0; slot < fieldsOfSlots.length; slot++) {
      slotOfField[fieldsOfSlots[slot]] = slot;
    }
    this.starts = new int[fieldsOfSlots.length];
    this.ends = new int[fieldsOfSlots.length];
    this.doubledQuotes = new boolean[fieldsOfSlots.length];
  }

  /** A record Commons CSV would not return: where it starts and what is wrong. */
  static final class MalformedRecord extends IOException {
    final long recordOffset;
    final long recordLine;
    final boolean unterminated;

    MalformedRecord(long recordOffset, long recordLine, boolean unterminated, String problem) {
      super(problem, null);
      this.recordOffset = recordOffset;
      this.recordLine = recordLine;
      this.unterminated = unterminated;
    }
  }

  static final String UNTERMINATED = "a quoted field in this record is never closed (the text ends inside quotes)";
  /** What a strict read tells the user to do about an unterminated quote. */
  static final String UNTERMINATED_FIX = "; close the quote, or read with on_bad_lines skip to drop the record and go on";

  /** Moves to the next record, skipping blank lines; false at the end of the stream. */
  boolean next() throws IOException {
    while (true) {
      if (cursor == limit && !fill()) {
        return false;
      }
      byte b = buffer[cursor];
      if (b != '\n' && b != '\r') {
        break;
      }
      lineBreak(b);
    }
    recordStart = cursor;
    recordLine = line;
    fields = 0;
    Arrays.fill(starts, -1);
    boolean more = true;
    while (more) {
      more = field();
      fields++;
    }
    return true;
  }

  /** Scans one field from the cursor; true if a separator ended it (another field follows). */
  private boolean field() throws IOException {
    int slot = fields < slotOfField.length ? slotOfField[fields] : NO_FIELD;
    if (cursor == limit && !fill()) {
      recordEnd = cursor;
      setField(slot, cursor, cursor, false);
      return false;
    }
    if (buffer[cursor] == quote) {
      return quotedField(slot);
    }
    int start = cursor;
    while (true) {
      if (cursor + Long.BYTES <= limit) {
        long found = specialBytes((long) LONGS.get(buffer, cursor));
        if (found == 0) {
          cursor += Long.BYTES;
          continue;
        }
        cursor += Long.numberOfTrailingZeros(found) >>> 3;
      }
      if (cursor == limit) {
        int shift = cursor - start;
        if (!fill()) {
          recordEnd = cursor;
          setField(slot, cursor - shift, cursor, false);
          return false;
        }
        start = cursor - shift;
      }
      byte b = buffer[cursor];
      if (b == separator) {
        setField(slot, start, cursor, false);
        cursor++;
        return true;
      }
      if (b == '\n' || b == '\r') {
        setField(slot, start, cursor, false);
        recordEnd = cursor;
        lineBreak(b);
        return false;
      }
      cursor++;
    }
  }

  /**
   * A high bit in each byte of {@code word} that is a separator, CR or LF (SWAR: eight bytes at
   * once). Only the lowest one is exact, which is all a scan for the next such byte needs.
   */
  private long specialBytes(long word) {
    return zeroBytes(word ^ separators) | zeroBytes(word ^ LINE_FEEDS) | zeroBytes(word ^ CARRIAGE_RETURNS);
  }

  private static long zeroBytes(long word) {
    return (word - ONES) & ~word & HIGHS;
  }

  private boolean quotedField(int slot) throws IOException {
    cursor++;
    int start = cursor;
    boolean doubled = false;
    while (true) {
      if (cursor == limit) {
        int shift = cursor - start;
        if (!fill()) {
          throw new MalformedRecord(offsetOf(recordStart), recordLine, true, UNTERMINATED);
        }
        start = cursor - shift;
      }
      byte b = buffer[cursor];
      if (b == quote) {
        if (cursor + 1 == limit) {
          int shift = cursor - start;
          fill();
          start = cursor - shift;
        }
        if (cursor + 1 < limit && buffer[cursor + 1] == quote) {
          doubled = true;
          cursor += 2;
          continue;
        }
        setField(slot, start, cursor, doubled);
        cursor++;
        return afterClosingQuote();
      }
      if (b == '\r' || b == '\n') {
        countLineBreakInside(b);
      }
      cursor++;
    }
  }

  /** After a closing quote: whitespace, then a separator, a line end or the end of the text. */
  private boolean afterClosingQuote() throws IOException {
    while (true) {
      if (cursor == limit && !fill()) {
        recordEnd = cursor;
        return false;
      }
      byte b = buffer[cursor];
      if (b == separator) {
        cursor++;
        return true;
      }
      if (b == '\n' || b == '\r') {
        recordEnd = cursor;
        lineBreak(b);
        return false;
      }
      int width = whitespaceWidth();
      if (width == 0) {
        throw new MalformedRecord(offsetOf(recordStart), recordLine, false,
            "a quoted field is followed by " + describeByteAt(cursor)
                + " instead of the separator or a line end; quote the whole field and double the quotes inside it");
      }
      cursor += width;
    }
  }

  /** The length in bytes of the whitespace character at the cursor (as Java's isWhitespace), or 0. */
  private int whitespaceWidth() throws IOException {
    if (!utf8) {
      // One byte per character.
      return Character.isWhitespace(new String(buffer, cursor, 1, charset).charAt(0)) ? 1 : 0;
    }
    if (cursor + 3 > limit) {
      fill();
    }
    int available = Math.min(3, limit - cursor);
    String text = new String(buffer, cursor, available, StandardCharsets.UTF_8);
    char c = text.charAt(0);
    if (c == '\uFFFD' || !Character.isWhitespace(c)) {
      return 0;
    }
    return String.valueOf(c).getBytes(StandardCharsets.UTF_8).length;
  }

  private String describeByteAt(int position) {
    int b = buffer[position] & 0xff;
    return b >= 0x20 && b < 0x7f ? "'" + (char) b + "'" : String.format("the byte 0x%02X", b);
  }

  private void setField(int slot, int start, int end, boolean doubled) {
    if (slot != NO_FIELD) {
      starts[slot] = start;
      ends[slot] = end;
      doubledQuotes[slot] = doubled;
    }
  }

  /** Consumes the CR, LF or CRLF at the cursor as one line break. */
  private void lineBreak(byte b) throws IOException {
    cursor++;
    line++;
    if (b == '\r') {
      if (cursor == limit) {
        fill();
      }
      if (cursor < limit && buffer[cursor] == '\n') {
        cursor++;
      }
    }
  }

  /** Counts a line break inside quotes as Commons CSV does: a CR followed by LF is one. */
  private void countLineBreakInside(byte b) throws IOException {
    if (b == '\n') {
      if (cursor == 0 || buffer[cursor - 1] != '\r') {
        line++;
      }
      return;
    }
    line++;
  }

  /**
   * Reads more bytes, keeping the current record (from {@code recordStart}) in the buffer; the
   * cursor and field positions move with it. False if the stream has no more bytes.
   */
  private boolean fill() throws IOException {
    if (exhausted) {
      return false;
    }
    if (limit == buffer.length) {
      compact(Math.min(recordStart, cursor));
      if (limit > buffer.length / 2) {
        // A record longer than half the buffer: grow, or reads would shrink to a few bytes each.
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
    }
    int read = in.read(buffer, limit, buffer.length - limit);
    while (read == 0) {
      read = in.read(buffer, limit, buffer.length - limit);
    }
    if (read < 0) {
      exhausted = true;
      return false;
    }
    limit += read;
    return true;
  }

  /** Drops the bytes before {@code keepFrom}; every position moves with the bytes. */
  private void compact(int keepFrom) {
    if (keepFrom == 0) {
      return;
    }
    System.arraycopy(buffer, keepFrom, buffer, 0, limit - keepFrom);
    bufferOffset += keepFrom;
    limit -= keepFrom;
    cursor -= keepFrom;
    recordStart -= keepFrom;
    recordEnd -= keepFrom;
    for (int slot = 0; slot < starts.length; slot++) {
      if (starts[slot] >= 0) {
        starts[slot] -= keepFrom;
        ends[slot] -= keepFrom;
      }
    }
  }

  private long offsetOf(int position) {
    return bufferOffset + position;
  }

  /** The number of fields of the current record. */
  int fieldCount() {
    return fields;
  }

  /** The 1-based line the current record starts on, relative to the stream's first line. */
  long recordLine() {
    return recordLine;
  }

  /** The stream offset of the current record's first byte. */
  long recordOffset() {
    return offsetOf(recordStart);
  }

  /** The text of the field in {@code slot}, or null if the record has no such field. */
  String text(int slot) {
    int start = starts[slot];
    if (start < 0) {
      return null;
    }
    String text = new String(buffer, start, ends[slot] - start, charset);
    return doubledQuotes[slot] ? text.replace(doubledQuote, quoteText) : text;
  }

  /**
   * After a {@link MalformedRecord}: returns the bad record's first line and moves to the next one,
   * so a stray quote costs one line, not the rest of the file. The record is still in the buffer:
   * the buffer always keeps the current record from its first byte.
   */
  String skipFirstLineOfRecord() throws IOException {
    cursor = recordStart;
    while (true) {
      if (cursor == limit && !fill()) {
        break;
      }
      byte b = buffer[cursor];
      if (b == '\n' || b == '\r') {
        break;
      }
      cursor++;
    }
    String text = new String(buffer, recordStart, cursor - recordStart, charset);
    line = recordLine;
    if (cursor < limit) {
      lineBreak(buffer[cursor]);
    }
    return text;
  }

  /** The current record as it stands in the file, without its line end. */
  String recordText() {
    return new String(buffer, recordStart, recordEnd - recordStart, charset);
  }
}
