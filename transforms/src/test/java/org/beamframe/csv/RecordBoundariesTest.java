package org.beamframe.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.beamframe.storage.SeekableFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quote-to-quote summary against a plain byte-at-a-time walk of the RFC 4180 lexer states,
 * written here from the rules (quote opens a field only at its start, doubled quote is data, CR
 * and LF end a record outside quotes), on random bytes dense in quotes, separators and line ends.
 */
class RecordBoundariesTest {
  private static final int RECORD_START = 0;
  private static final int FIELD_START = 1;
  private static final int UNQUOTED = 2;
  private static final int QUOTED = 3;
  private static final int QUOTE_IN_QUOTED = 4;

  @TempDir Path dir;

  @Test
  void summaryEqualsAByteAtATimeWalkFromEveryStartState() throws IOException {
    summaryEqualsAByteAtATimeWalk('"');
  }

  @Test
  void anotherQuoteCharacterIsTheOnlyQuote() throws IOException {
    summaryEqualsAByteAtATimeWalk('\'');
  }

  private void summaryEqualsAByteAtATimeWalk(char quote) throws IOException {
    SplittableRandom random = new SplittableRandom(77);
    // Both quote characters: the one that is not the read's is plain text.
    byte[] alphabet = {'"', '"', '\'', '\'', ',', '\n', '\r', 'a', 'b', ' ', (byte) 0xC3, (byte) 0xA9};
    RecordBoundaries boundaries = new RecordBoundaries(',', quote);
    for (int n = 0; n < 300; n++) {
      byte[] bytes = new byte[random.nextInt(1, 70)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = alphabet[random.nextInt(alphabet.length)];
      }
      Path file = Files.write(dir.resolve("bytes-" + n), bytes);
      try (SeekableFile channel = SeekableFile.open(file.toString())) {
        int from = random.nextInt(bytes.length);
        int to = random.nextInt(from, bytes.length + 1);
        int[] expected = new int[RecordBoundaries.STATES];
        for (int state = 0; state < expected.length; state++) {
          expected[state] = walk(state, bytes, from, to, (byte) quote);
        }
        assertArrayEquals(expected, boundaries.summarize(channel, from, to), "case " + n);
      }
    }
  }

  @Test
  void findsTheFirstQuoteInAndAcrossEightByteWords() {
    for (int length = 0; length < 20; length++) {
      for (int at = -1; at < length; at++) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) 'x');
        if (at >= 0) {
          bytes[at] = '"';
          if (at + 3 < length) {
            bytes[at + 3] = '"';
          }
        }
        assertEquals(at, RecordBoundaries.indexOf(bytes, 0, length, (byte) '"', 0x2222222222222222L), "length " + length + " quote at " + at);
      }
    }
  }

  @Test
  void skipsRecordsAsPandasSkipsRowsQuotesBlankLinesAndCrlfIncluded() throws IOException {
    String text = "title\r\n'a\nb',\"c\r\n\nx\n\ny,'z'\rlast";
    RecordBoundaries single = new RecordBoundaries(',', '\'');
    // Records end at: "title" CRLF 7, the quoted two-line 'a\nb' then "c CRLF 17, the blank line 18, "x" 20,
    // the blank line 21, y,'z' CR 27 (the next byte is no LF), "last" without a line end 31, and no more.
    long[] ends = {0, 7, 17, 18, 20, 21, 27, 31, 31};
    for (int records = 0; records < ends.length; records++) {
      assertEquals(ends[records], single.skipRecords(stream(text), records, true), records + " records");
    }
    // Blank lines not counted (before a header): the first record after the blank line is "x".
    assertEquals(20, single.skipRecords(stream(text.substring(17)), 1, false) + 17);
    // With '"' as the quote, 'a ends at its LF (10), and "c opens a field that runs to the end of the text.
    RecordBoundaries doubleQuote = new RecordBoundaries(',', '"');
    assertEquals(10, doubleQuote.skipRecords(stream(text), 2, true));
    assertEquals(text.length(), doubleQuote.skipRecords(stream(text), 3, true));
  }

  private static java.io.InputStream stream(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static int walk(int state, byte[] bytes, int from, int to, byte quoteByte) {
    for (int i = from; i < to; i++) {
      state = step(state, bytes[i], quoteByte);
    }
    return state;
  }

  private static int step(int state, byte b, byte quoteByte) {
    boolean quote = b == quoteByte;
    boolean lineEnd = b == '\n' || b == '\r';
    boolean separator = b == ',';
    if (state == QUOTED) {
      return quote ? QUOTE_IN_QUOTED : QUOTED;
    }
    if (quote) {
      return state == RECORD_START || state == FIELD_START || state == QUOTE_IN_QUOTED ? QUOTED : UNQUOTED;
    }
    return lineEnd ? RECORD_START : separator ? FIELD_START : UNQUOTED;
  }
}
