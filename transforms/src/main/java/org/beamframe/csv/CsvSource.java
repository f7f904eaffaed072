package org.beamframe.csv;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.beamframe.types.ColumnNotFoundException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;

/**
 * The files a CSV read covers and the schema of every column in the first file's header: declared
 * dtypes as given, the others inferred from rows sampled across the files ({@link DtypeSampler}). Built once, on the client,
 * before anything runs; it is what a read's plan node and its Beam transform share.
 */
public record CsvSource(String pattern, List<String> files, FrameSchema schema, CsvReadOptions options)
    implements Serializable {

  public CsvSource {
    files = List.copyOf(files);
  }

  /** Resolves {@code pattern}, reads the first file's header and infers undeclared dtypes from samples. */
  public static CsvSource inspect(String pattern, CsvReadOptions options) {
    List<String> files = CsvFiles.resolve(pattern);
    // An empty file has no header and no rows: the first file that has a header names the columns.
    String first = files.stream().filter(CsvSource::hasBytes).findFirst().orElse(files.get(0));
    try (FileChannel channel = FileChannel.open(Path.of(first), StandardOpenOption.READ);
        CSVParser parser = CsvSyntax.parser(CsvSyntax.isGzip(first)
            ? CsvSyntax.gzipReader(first) : CsvSyntax.reader(channel, 0, channel.size()), options.separator())) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> header;
      try {
        if (!records.hasNext()) {
          throw new IllegalArgumentException("file " + first + " is empty: a CSV file needs a header row");
        }
        header = CsvSyntax.header(records.next(), first);
      } catch (UncheckedIOException e) {
        throw new CsvRecordException(first, 1, CsvSyntax.describe(e));
      }
      for (String declared : options.dtypes().keySet()) {
        if (!header.contains(declared)) {
          throw new IllegalArgumentException(
              "a dtype is declared for a column the file does not have: "
                  + new ColumnNotFoundException(declared, header).getMessage() + " (file " + first + ")");
        }
      }
      Map<String, DType> inferred = DtypeSampler.infer(files, header, options);
      List<FrameField> fields = new ArrayList<>();
      for (String name : header) {
        fields.add(new FrameField(name, options.dtypes().getOrDefault(name, inferred.get(name))));
      }
      return new CsvSource(pattern, files, FrameSchema.of(fields), options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + first + ": " + e.getMessage(), e);
    }
  }

  /** The byte-range splits this source is read in: about {@code splitBytes} each, one per gzip file. */
  public List<FileSplit> splits() {
    List<FileSplit> splits = new ArrayList<>();
    for (String file : files) {
      long size;
      try {
        size = Files.size(Path.of(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the size of " + file + ": " + e.getMessage(), e);
      }
      // A gzip stream cannot be entered in the middle: one split per compressed file.
      long step = CsvSyntax.isGzip(file) ? Math.max(1, size) : options.splitBytes();
      if (size == 0) {
        splits.add(new FileSplit(file, 0, 0));
      }
      for (long start = 0; start < size; start += step) {
        splits.add(new FileSplit(file, start, Math.min(size, start + step)));
      }
    }
    return splits;
  }

  private static boolean hasBytes(String file) {
    try {
      return Files.size(Path.of(file)) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The splits with their lexer states, found here in this thread by scanning each multi-split
   * file once; a pipeline does the same scan in parallel instead.
   */
  public List<ResolvedSplit> resolvedSplits() {
    RecordBoundaries boundaries = new RecordBoundaries(options.separator());
    Map<String, List<SplitSummary>> byFile = new java.util.LinkedHashMap<>();
    for (FileSplit split : splits()) {
      byFile.computeIfAbsent(split.file(), file -> new ArrayList<>()).add(summarize(boundaries, split));
    }
    List<ResolvedSplit> resolved = new ArrayList<>();
    byFile.values().forEach(summaries -> resolved.addAll(ResolvedSplit.resolve(summaries)));
    return resolved;
  }

  /** The lexer summary of one split (the scan a parallel read runs for each split of a multi-split file). */
  public static SplitSummary summarize(RecordBoundaries boundaries, FileSplit split) {
    try (FileChannel channel = FileChannel.open(Path.of(split.file()), StandardOpenOption.READ)) {
      return new SplitSummary(split, boundaries.summarize(channel, split.start(), split.end()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot scan " + split + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return pattern + " (" + files.size() + (files.size() == 1 ? " file" : " files") + ")";
  }
}
