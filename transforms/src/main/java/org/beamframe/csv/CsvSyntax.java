package org.beamframe.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.util.HashSet;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.beamframe.storage.SeekableFile;
import org.beamframe.storage.StoredPaths;

/** The one RFC 4180 dialect BeamFrame reads (with the read's separator and quote), and how a file's bytes become a parser. */
final class CsvSyntax {
  private static final int BUFFER_BYTES = 1 << 20;
  private static final int SCAN_BYTES = 64 << 10;

  private CsvSyntax() {}

  static CSVParser parser(Reader reader, CsvReadOptions options) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(options.separator())
        .setQuote(options.quoteChar())
        .setIgnoreEmptyLines(true)
        .get();
    return CSVParser.builder().setReader(reader).setFormat(format).get();
  }

  /**
   * The text of bytes [start, end) in {@code encoding}. Invalid bytes become U+FFFD, which the
   * reader then reports with the record's line: a decoder that failed instead would fail a whole
   * buffer ahead of it.
   */
  static Reader reader(SeekableFile file, long start, long end, TextEncoding encoding) {
    return reader(file.range(start, end), encoding);
  }

  /** The text of {@code bytes} in {@code encoding}, invalid bytes as U+FFFD (closing the reader closes the stream). */
  static Reader reader(InputStream bytes, TextEncoding encoding) {
    var decoder = encoding.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(bytes, decoder), BUFFER_BYTES);
  }

  /** What went wrong when Commons CSV could not return a record (the header), and what to do about it. */
  static String describe(java.io.UncheckedIOException failure) {
    String message = String.valueOf(failure.getCause().getMessage());
    return message.contains("EOF reached before encapsulated token finished")
        ? RecordScanner.UNTERMINATED + RecordScanner.UNTERMINATED_FIX
        : "cannot parse the record: " + message;
  }

  /** Whether a file is read as gzip: by its name, as pandas' {@code compression="infer"}. */
  static boolean isGzip(String file) {
    return file.endsWith(".gz");
  }

  /** The decompressed bytes of a gzip file from decompressed offset {@code offset} on, read through Beam's FileSystems. */
  static InputStream gzipStream(String file, long offset) throws IOException {
    InputStream compressed = StoredPaths.open(file);
    try {
      InputStream in = new GZIPInputStream(compressed, 1 << 16);
      in.skipNBytes(offset);
      return in;
    } catch (IOException notGzipOrShorter) {
      compressed.close();
      throw notGzipOrShorter;
    }
  }

  /**
   * The 1-based line number at {@code offset} of a stream read from its file's start (CR, LF and
   * CRLF each end a line): counted only when an error is reported.
   */
  static long lineOf(InputStream fromStart, long offset) throws IOException {
    long lines = 1;
    byte previous = 0;
    byte[] buffer = new byte[SCAN_BYTES];
    for (long position = 0; position < offset; ) {
      int read = fromStart.read(buffer, 0, (int) Math.min(SCAN_BYTES, offset - position));
      if (read < 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        byte b = buffer[i];
        if (b == '\r' || (b == '\n' && previous != '\r')) {
          lines++;
        }
        previous = b;
      }
      position += read;
    }
    return lines;
  }

  /** The column names of a header record's fields; duplicates are an error. */
  static List<String> header(List<String> fields, String file) {
    List<String> names = List.copyOf(fields);
    var seen = new HashSet<String>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException("file " + file + " has the column \"" + name + "\" twice in its header");
      }
    }
    return names;
  }
}
