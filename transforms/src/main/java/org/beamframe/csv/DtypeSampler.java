package org.beamframe.csv;

import java.io.IOException;
import java.io.InputStream;
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
import org.beamframe.storage.StoredPaths;
import org.beamframe.types.DType;

/**
 * Infers undeclared dtypes from rows spread over the input: the start, middle and end of each file
 * (the first {@value #MAX_FILES} files), not only its first block, so that a column whose first
 * rows look like integers but whose later rows have fractions is seen as float64 up front. A read
 * of the first {@code nrows} rows samples exactly those rows (up to the sample size), in file
 * order, as pandas infers from the rows it reads. Only the columns the read keeps
 * ({@code usecols}) are sampled. Sampling is best effort: a window that cannot be parsed is
 * skipped, as the read will report it.
 */
final class DtypeSampler {
  private static final int LINE_SCAN_BYTES = 64 << 10;
  static final int MAX_FILES = 100;
  private static final long TAIL_BYTES = 2L << 20;

  private DtypeSampler() {}

  /** The inferred dtype of each of {@code columns} that {@code options} does not declare. */
  static Map<String, DType> infer(List<InputFile> files, List<String> columns, CsvReadOptions options) throws IOException {
    Map<String, DtypeInference> inferences = new LinkedHashMap<>();
    for (String name : columns) {
      if (!options.dtypes().containsKey(name)) {
        inferences.put(name, new DtypeInference(options.naValues()));
      }
    }
    if (!inferences.isEmpty()) {
      if (options.nrows().isPresent()) {
        sampleFirstRows(files, inferences, options);
      } else {
        int perWindow = Math.max(1, options.sampleRows() / 3);
        for (InputFile file : files.subList(0, Math.min(MAX_FILES, files.size()))) {
          sampleFile(file.path(), inferences, perWindow, options);
        }
      }
    }
    Map<String, DType> inferred = new HashMap<>();
    inferences.forEach((name, inference) -> inferred.put(name, inference.result()));
    return inferred;
  }

  /** The first {@code min(nrows, sampleRows)} rows of the files in order: the rows a read of nrows gives. */
  private static void sampleFirstRows(List<InputFile> files, Map<String, DtypeInference> inferences,
      CsvReadOptions options) throws IOException {
    long left = Math.min(options.nrows().getAsLong(), options.sampleRows());
    for (int i = 0; i < files.size() && left > 0; i++) {
      String file = files.get(i).path();
      Preamble preamble = Preamble.of(file, options);
      if (preamble.columns() == null) {
        continue;
      }
      try (CSVParser parser = CsvSyntax.parser(CsvSyntax.reader(open(file, preamble.rowsStart()), options.encoding()),
          options)) {
        left -= sampleWindow(parser.iterator(), preamble.columns(), inferences, left, true).rows();
      }
    }
  }

  private static void sampleFile(String file, Map<String, DtypeInference> inferences, int perWindow,
      CsvReadOptions options) throws IOException {
    if (CsvSyntax.isGzip(file)) {
      Preamble preamble = Preamble.of(file, options);
      if (preamble.columns() != null) {
        try (CSVParser parser = CsvSyntax.parser(
            CsvSyntax.reader(CsvSyntax.gzipStream(file, preamble.rowsStart()), options.encoding()), options)) {
          sampleWindow(parser.iterator(), preamble.columns(), inferences, perWindow, false);
        }
      }
      return;
    }
    try (SeekableFile seekable = SeekableFile.open(file)) {
      long size = seekable.size();
      Preamble preamble = Preamble.of(offset -> seekable.range(offset, size), file, options);
      List<String> names = preamble.columns();
      if (names == null) {
        return;
      }
      long rowChars;
      try (CSVParser parser = CsvSyntax.parser(
          CsvSyntax.reader(seekable, preamble.rowsStart(), size, options.encoding()), options)) {
        // The start window's length per row sizes the end window to hold about as many rows.
        rowChars = sampleWindow(parser.iterator(), names, inferences, perWindow, false).charsPerRow();
      }
      for (long offset : new long[] {size / 2, size - Math.min(TAIL_BYTES, rowChars * perWindow)}) {
        if (offset <= preamble.rowsStart()) {
          continue; // the start window covers a file this small
        }
        long start = skipLines(seekable, offset, 1, size);
        try (CSVParser parser = CsvSyntax.parser(CsvSyntax.reader(seekable, start, size, options.encoding()), options)) {
          sampleWindow(parser.iterator(), names, inferences, perWindow, false);
        }
      }
    }
  }

  /** A file's bytes from {@code offset} on (decompressed, for a gzip file). */
  private static InputStream open(String file, long offset) throws IOException {
    if (CsvSyntax.isGzip(file)) {
      return CsvSyntax.gzipStream(file, offset);
    }
    InputStream in = StoredPaths.open(file);
    in.skipNBytes(offset);
    return in;
  }

  /**
   * What a window gave: the records it read, and their average length in characters (at least 1).
   *
   * @param rows the records read
   * @param charsPerRow their average length
   */
  private record Window(long rows, long charsPerRow) {}

  /**
   * Feeds up to {@code rows} records to the inferences; a record that does not fit the columns is
   * passed over (but counted, so a file of bad records is not read to its end).
   */
  private static Window sampleWindow(Iterator<CSVRecord> records, List<String> names,
      Map<String, DtypeInference> inferences, long rows, boolean fittingRowsOnly) {
    long first = -1;
    long last = 0;
    long sampled = 0;
    try {
      while (sampled < rows && records.hasNext()) {
        CSVRecord record = records.next();
        first = first < 0 ? record.getCharacterPosition() : first;
        last = record.getCharacterPosition();
        // The first rows of an nrows read are its rows: a record of the wrong width (skipped or an
        // error) is not one of them. A window elsewhere counts every record, to stay bounded.
        boolean fits = record.size() == names.size();
        if (fits || !fittingRowsOnly) {
          sampled++;
        }
        if (!fits) {
          continue;
        }
        for (int i = 0; i < names.size(); i++) {
          DtypeInference inference = inferences.get(names.get(i));
          if (inference != null) {
            inference.accept(record.get(i));
          }
        }
      }
    } catch (UncheckedIOException unparseable) {
      // A window that starts inside a quoted field, or a broken record: the read reports it with its line.
    }
    return new Window(sampled, sampled < 2 ? 1 : Math.max(1, (last - first) / (sampled - 1)));
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
