package org.beamframe.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.beamframe.storage.InputFile;
import org.beamframe.storage.SeekableFile;
import org.beamframe.types.DType;

/**
 * Infers undeclared dtypes from rows spread over the input: the start, middle and end of each file
 * (the first {@value #MAX_FILES} files), not only its first block, so that a column whose first
 * rows look like integers but whose later rows have fractions is seen as float64 up front.
 * Sampling is best effort: a window that cannot be parsed is skipped, as the read will report it.
 */
final class DtypeSampler {
  private static final int LINE_SCAN_BYTES = 64 << 10;
  static final int MAX_FILES = 100;
  private static final long TAIL_BYTES = 2L << 20;

  private DtypeSampler() {}

  /** The inferred dtype of each column of {@code header} that {@code options} does not declare. */
  static Map<String, DType> infer(List<InputFile> files, List<String> header, CsvReadOptions options) throws IOException {
    Map<String, DtypeInference> columns = new LinkedHashMap<>();
    for (String name : header) {
      if (!options.dtypes().containsKey(name)) {
        columns.put(name, new DtypeInference(options.naValues()));
      }
    }
    int perWindow = Math.max(1, options.sampleRows() / 3);
    for (InputFile file : files.subList(0, Math.min(MAX_FILES, files.size()))) {
      sampleFile(file.path(), columns, perWindow, options.separator());
    }
    Map<String, DType> inferred = new HashMap<>();
    columns.forEach((name, inference) -> inferred.put(name, inference.result()));
    return inferred;
  }

  private static void sampleFile(String file, Map<String, DtypeInference> columns, int perWindow, char separator)
      throws IOException {
    if (CsvSyntax.isGzip(file)) {
      try (CSVParser parser = CsvSyntax.parser(CsvSyntax.gzipReader(file), separator)) {
        sampleWindow(parser.iterator(), null, columns, perWindow, file);
      }
      return;
    }
    try (SeekableFile seekable = SeekableFile.open(file)) {
      long size = seekable.size();
      List<String> header;
      long rowChars;
      try (CSVParser parser = CsvSyntax.parser(CsvSyntax.reader(seekable, 0, size), separator)) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
          return;
        }
        header = CsvSyntax.header(records.next(), file);
        // The start window's length per row sizes the end window to hold about as many rows.
        rowChars = sampleWindow(records, header, columns, perWindow, file);
      }
      for (long offset : new long[] {size / 2, size - Math.min(TAIL_BYTES, rowChars * perWindow)}) {
        if (offset <= 0) {
          continue; // the start window covers a file this small
        }
        long start = skipLines(seekable, offset, 1, size);
        try (CSVParser parser = CsvSyntax.parser(CsvSyntax.reader(seekable, start, size), separator)) {
          sampleWindow(parser.iterator(), header, columns, perWindow, file);
        }
      }
    }
  }

  /**
   * Feeds up to {@code rows} records to the inferences; a record that does not fit the header is
   * passed over. Returns the average length in characters of the records it read (at least 1).
   */
  private static long sampleWindow(Iterator<CSVRecord> records, List<String> header,
      Map<String, DtypeInference> columns, int rows, String file) {
    List<String> names = header;
    long first = -1;
    long last = 0;
    int sampled = 0;
    try {
      if (names == null) {
        if (!records.hasNext()) {
          return 1;
        }
        names = CsvSyntax.header(records.next(), file);
      }
      for (; sampled < rows && records.hasNext(); sampled++) {
        CSVRecord record = records.next();
        first = first < 0 ? record.getCharacterPosition() : first;
        last = record.getCharacterPosition();
        if (record.size() != names.size()) {
          continue;
        }
        for (int i = 0; i < names.size(); i++) {
          DtypeInference inference = columns.get(names.get(i));
          if (inference != null) {
            inference.accept(record.get(i));
          }
        }
      }
    } catch (UncheckedIOException unparseable) {
      // A window that starts inside a quoted field, or a broken record: the read reports it with its line.
    }
    return sampled < 2 ? 1 : Math.max(1, (last - first) / (sampled - 1));
  }



  /** The offset after {@code lines} line feeds from {@code offset} (or {@code end}, if fewer). */
  private static long skipLines(SeekableFile seekable, long offset, long lines, long end) throws IOException {
    long position = offset;
    long left = lines;
    ByteBuffer buffer = ByteBuffer.allocate(LINE_SCAN_BYTES);
    while (left > 0 && position < end) {
      buffer.clear();
      buffer.limit((int) Math.min(LINE_SCAN_BYTES, end - position));
      int read = seekable.read(buffer, position);
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
}
