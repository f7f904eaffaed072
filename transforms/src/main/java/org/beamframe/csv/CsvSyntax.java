package org.beamframe.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.beamframe.storage.SeekableFile;
import org.beamframe.storage.StoredPaths;

/** The one RFC 4180 dialect BeamFrame reads, and how a byte range of a file becomes a parser. */
final class CsvSyntax {
  private static final int BUFFER_BYTES = 1 << 20;

  private CsvSyntax() {}

  static CSVParser parser(Reader reader, char separator) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(separator)
        .setIgnoreEmptyLines(true)
        .get();
    return CSVParser.builder().setReader(reader).setFormat(format).get();
  }

  /**
   * UTF-8 text of bytes [start, end). Invalid bytes become U+FFFD, which the reader then reports
   * with the record's line: a decoder that failed instead would fail a whole buffer ahead of it.
   */
  static Reader reader(SeekableFile file, long start, long end) {
    return text(file.range(start, end));
  }

  /** UTF-8 text of a whole file, from its start (closing the reader closes the file). */
  static Reader reader(String file) throws IOException {
    return text(StoredPaths.open(file));
  }

  private static Reader text(java.io.InputStream bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
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

  /** The decompressed bytes of a gzip file, read through Beam's FileSystems. */
  static java.io.InputStream gzipStream(String file) throws IOException {
    java.io.InputStream compressed = StoredPaths.open(file);
    try {
      return new java.util.zip.GZIPInputStream(compressed, 1 << 16);
    } catch (IOException notGzip) {
      compressed.close();
      throw notGzip;
    }
  }

  /** UTF-8 text of a whole gzip file (invalid bytes become U+FFFD, as for plain files). */
  static Reader gzipReader(String file) throws IOException {
    return text(gzipStream(file));
  }

  /** The column names of a header record, without a UTF-8 byte order mark; duplicates are an error. */
  static List<String> header(CSVRecord record, String file) {
    List<String> names = new ArrayList<>(record.toList());
    if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
      names.set(0, names.get(0).substring(1));
    }
    var seen = new HashSet<String>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException("file " + file + " has the column \"" + name + "\" twice in its header");
      }
    }
    return names;
  }
}
