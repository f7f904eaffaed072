package org.beamframe.csv;

import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Where CSV records start, found at the byte level with the same quoting rules as Commons CSV's
 * RFC 4180 lexer: a quote opens a quoted field only at the start of a field, a doubled quote
 * inside one is data, and a line break (CR, LF or CRLF) ends a record only outside quotes. The lexer is a small
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

  private final byte[] next = new byte[STATES * 256];

  public RecordBoundaries(char separator) {
    for (int state = 0; state < STATES; state++) {
      for (int b = 0; b < 256; b++) {
        next[state * 256 + b] = (byte) transition(state, b, (byte) separator & 0xff);
      }
    }
  }

  private static int transition(int state, int b, int separator) {
    boolean quote = b == '"';
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

  /** For bytes [start, end): the state at {@code end} for each possible state at {@code start}. */
  public int[] summarize(FileChannel channel, long start, long end) throws IOException {
    // Start states soon converge (usually to two: inside or outside quotes), so only the
    // distinct ones are run; owner[s] says which of them start state s became.
    int[] current = {0, 1, 2, 3, 4};
    int[] owner = {0, 1, 2, 3, 4};
    int distinct = STATES;
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    byte[] bytes = buffer.array();
    for (long position = start; position < end; ) {
      buffer.clear();
      buffer.limit((int) Math.min(BUFFER_BYTES, end - position));
      int read = channel.read(buffer, position);
      if (read <= 0) {
        break;
      }
      for (int k = 0; k < distinct; k++) {
        int state = current[k];
        for (int i = 0; i < read; i++) {
          state = next[(state << 8) | (bytes[i] & 0xff)];
        }
        current[k] = state;
      }
      distinct = merge(current, owner, distinct);
      position += read;
    }
    int[] endStates = new int[STATES];
    for (int s = 0; s < STATES; s++) {
      endStates[s] = current[owner[s]];
    }
    return endStates;
  }

  /** Folds equal runs together; returns how many distinct ones are left. */
  private static int merge(int[] current, int[] owner, int distinct) {
    int[] newIndex = new int[distinct];
    int kept = 0;
    for (int k = 0; k < distinct; k++) {
      int same = -1;
      for (int j = 0; j < kept; j++) {
        if (current[j] == current[k]) {
          same = j;
        }
      }
      if (same < 0) {
        current[kept] = current[k];
        same = kept++;
      }
      newIndex[k] = same;
    }
    for (int s = 0; s < owner.length; s++) {
      owner[s] = newIndex[owner[s]];
    }
    return kept;
  }

  /**
   * The first record start at or after {@code offset}, given the lexer's state there; with
   * {@code skipFirst}, the record that starts at {@code offset} itself is skipped (a header).
   * Returns {@code size} if no record starts before the end of the file.
   */
  public long nextRecordStart(FileChannel channel, long offset, int stateAtOffset, long size, boolean skipFirst)
      throws IOException {
    if (stateAtOffset == RECORD_START && !skipFirst) {
      return offset;
    }
    int state = stateAtOffset;
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    byte[] bytes = buffer.array();
    for (long position = offset; position < size; ) {
      buffer.clear();
      int read = channel.read(buffer, position);
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
}
