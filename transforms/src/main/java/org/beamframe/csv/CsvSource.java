package org.beamframe.csv;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.beamframe.storage.InputFile;
import org.beamframe.storage.InputFiles;
import org.beamframe.storage.SeekableFile;
import org.beamframe.types.ColumnNotFoundException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;

/**
 * The files a CSV read covers and the schema of every column in the first file's header: declared
 * dtypes as given, the others inferred from rows sampled across the files ({@link DtypeSampler}). Built once, on the client,
 * before anything runs; it is what a read's plan node and its Beam transform share.
 */
public record CsvSource(String pattern, List<InputFile> inputs, FrameSchema schema, CsvReadOptions options)
    implements Serializable {

  public CsvSource {
    inputs = List.copyOf(inputs);
  }

  /** The paths of the files, in the order they are read. */
  public List<String> files() {
    return inputs.stream().map(InputFile::path).toList();
  }

  /** Resolves {@code pattern}, reads the first file's header and infers undeclared dtypes from samples. */
  public static CsvSource inspect(String pattern, CsvReadOptions options) {
    List<InputFile> inputs = InputFiles.resolve(pattern);
    // An empty file has no header and no rows: the first file that has a header names the columns.
    InputFile firstWithBytes = inputs.stream().filter(file -> file.bytes() > 0).findFirst().orElse(inputs.get(0));
    String first = firstWithBytes.path();
    try (CSVParser parser = CsvSyntax.parser(CsvSyntax.isGzip(first)
        ? CsvSyntax.gzipReader(first) : CsvSyntax.reader(first), options.separator())) {
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
      Map<String, DType> inferred = DtypeSampler.infer(inputs, header, options);
      List<FrameField> fields = new ArrayList<>();
      for (String name : header) {
        fields.add(new FrameField(name, options.dtypes().getOrDefault(name, inferred.get(name))));
      }
      return new CsvSource(pattern, inputs, FrameSchema.of(fields), options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + first + ": " + e.getMessage(), e);
    }
  }

  /** The byte-range splits this source is read in: about {@code splitBytes} each, one per gzip file. */
  public List<FileSplit> splits() {
    List<FileSplit> splits = new ArrayList<>();
    for (InputFile input : inputs) {
      String file = input.path();
      long size = input.bytes();
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
    try (SeekableFile seekable = SeekableFile.open(split.file())) {
      return new SplitSummary(split, boundaries.summarize(seekable, split.start(), split.end()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot scan " + split + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return pattern + " (" + inputs.size() + (inputs.size() == 1 ? " file" : " files") + ")";
  }
}
