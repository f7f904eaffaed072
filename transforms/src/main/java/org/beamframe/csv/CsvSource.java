package org.beamframe.csv;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 *
 * @param pattern the path or glob the files were listed from, as the user wrote it
 * @param inputs the files, in the order they are read (sorted by path), with their sizes
 * @param schema every column of the first file's header (or of {@code usecols}), with its declared or inferred dtype
 * @param options the options the source was inspected with, and its files are read with (under
 *     {@code header=None} without names, with the names {@code "0"}, {@code "1"}, ... filled in)
 * @serial exclude
 */
public record CsvSource(String pattern, List<InputFile> inputs, FrameSchema schema, CsvReadOptions options)
    implements Serializable {

  /**
   * A source of already listed files and a known schema; {@link #inspect} builds one from a pattern.
   *
   * @param pattern the path or glob the files were listed from
   * @param inputs the files, copied
   * @param schema the columns and their dtypes
   * @param options the read options
   */
  public CsvSource {
    inputs = List.copyOf(inputs);
  }

  /**
   * The paths of the files, in the order they are read.
   *
   * @return the paths of {@link #inputs()}
   */
  public List<String> files() {
    return inputs.stream().map(InputFile::path).toList();
  }

  /**
   * Resolves {@code pattern}, reads the first file's header and infers undeclared dtypes from samples.
   * This reads the header and the samples now, on the calling thread; the rows are read later, when
   * a pipeline runs. The first non-empty file's header (after its skipped lines) names the columns,
   * unless the options name them; under {@code header=None} without names they are {@code "0"},
   * {@code "1"}, ... by the fields of its first row, and the source's options carry those names.
   * With {@code usecols}, the schema has only those columns, in the file's order.
   *
   * @param pattern a path or glob, local or any Beam {@code FileSystems} path ({@code s3://}, ...)
   * @param options the read options (separator, quote, encoding, header, names, skipped lines,
   *     usecols, declared dtypes, missing-value strings, sample size)
   * @return the source, with its files and schema
   * @throws IllegalArgumentException if nothing matches {@code pattern}, the first file has no header
   *     (or no row, under {@code header=None}) after its skipped lines, the names given do not fit
   *     the header, or a dtype is declared for, or usecols names, a column the file lacks (the
   *     message lists the columns)
   * @throws CsvRecordException if the header row cannot be parsed
   * @throws java.io.UncheckedIOException if a file cannot be listed or read
   */
  public static CsvSource inspect(String pattern, CsvReadOptions options) {
    List<InputFile> inputs = InputFiles.resolve(pattern);
    // An empty file has no header and no rows: the first file that has a header names the columns.
    InputFile firstWithBytes = inputs.stream().filter(file -> file.bytes() > 0).findFirst().orElse(inputs.get(0));
    String first = firstWithBytes.path();
    try {
      List<String> columns = Preamble.of(first, options).columns();
      if (columns == null) {
        String needs = options.header() ? "a header row" : "a row to count its columns (or give names)";
        throw new IllegalArgumentException(options.skipRows() == 0
            ? "file " + first + " is empty: a CSV file needs " + needs
            : "file " + first + " has nothing after its first " + options.skipRows() + " lines (skiprows="
                + options.skipRows() + "): a CSV file needs " + needs + "; check skiprows");
      }
      CsvReadOptions resolved = options.header() || !options.names().isEmpty() ? options : options.withNames(columns);
      for (String declared : options.dtypes().keySet()) {
        if (!columns.contains(declared)) {
          throw new IllegalArgumentException(
              "a dtype is declared for a column the file does not have: "
                  + new ColumnNotFoundException(declared, columns).getMessage() + " (file " + first + ")");
        }
      }
      for (String used : options.usecols()) {
        if (!columns.contains(used)) {
          throw new IllegalArgumentException("usecols names a column the file does not have: "
              + new ColumnNotFoundException(used, columns).getMessage() + " (file " + first + ")");
        }
      }
      // pandas returns usecols in the file's order, whatever the list's order.
      List<String> read = options.usecols().isEmpty()
          ? columns : columns.stream().filter(options.usecols()::contains).toList();
      Map<String, DType> inferred = DtypeSampler.infer(inputs, read, resolved);
      List<FrameField> fields = new ArrayList<>();
      for (String name : read) {
        fields.add(new FrameField(name, options.dtypes().getOrDefault(name, inferred.get(name))));
      }
      return new CsvSource(pattern, inputs, FrameSchema.of(fields), resolved);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + first + ": " + e.getMessage(), e);
    }
  }

  /**
   * The byte-range splits this source is read in: about {@code splitBytes} each, one per gzip file;
   * with {@code nrows}, one per file (the files are read whole, in order, by {@link #firstRows()}).
   * An empty file is one empty split. Split ends are byte offsets, not record boundaries: a reader
   * finds the records that start inside its split ({@link CsvSplitReader}).
   *
   * @return the splits, file by file in read order, each file's in offset order
   */
  public List<FileSplit> splits() {
    List<FileSplit> splits = new ArrayList<>();
    for (InputFile input : inputs) {
      String file = input.path();
      long size = input.bytes();
      // A gzip stream cannot be entered in the middle: one split per compressed file.
      long step = CsvSyntax.isGzip(file) || options.nrows().isPresent() ? Math.max(1, size) : options.splitBytes();
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
   * The whole read as one task, for a read limited to {@code nrows} rows (or every row, without):
   * every file whole, in listing order, read one after another from its start and stopped after
   * the last row wanted, so no file is read further than that.
   *
   * @return the task of every file, with {@code nrows} (or no limit) as its row limit
   */
  public ReadTask firstRows() {
    List<ResolvedSplit> files = inputs.stream()
        .map(input -> ResolvedSplit.wholeFile(new FileSplit(input.path(), 0, input.bytes()))).toList();
    return new ReadTask(files, options.nrows().orElse(Long.MAX_VALUE));
  }

  /**
   * The splits with their lexer states, found here in this thread by scanning each multi-split
   * file once; a pipeline does the same scan in parallel instead.
   *
   * @return the splits in read order; a file that ends inside quotes is one whole-file split
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public List<ResolvedSplit> resolvedSplits() {
    RecordBoundaries boundaries = RecordBoundaries.of(options);
    Map<String, List<SplitSummary>> byFile = new java.util.LinkedHashMap<>();
    for (FileSplit split : splits()) {
      byFile.computeIfAbsent(split.file(), file -> new ArrayList<>()).add(summarize(boundaries, split));
    }
    List<ResolvedSplit> resolved = new ArrayList<>();
    byFile.values().forEach(summaries -> resolved.addAll(ResolvedSplit.resolve(summaries)));
    return resolved;
  }

  /**
   * The lexer summary of one split (the scan a parallel read runs for each split of a multi-split file).
   *
   * @param boundaries the lexer, made for the read's separator and quote character
   * @param split the split to scan
   * @return the split with its map from start state to end state
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static SplitSummary summarize(RecordBoundaries boundaries, FileSplit split) {
    try (SeekableFile seekable = SeekableFile.open(split.file())) {
      return new SplitSummary(split, boundaries.summarize(seekable, split.start(), split.end()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot scan " + split + ": " + e.getMessage(), e);
    }
  }

  /**
   * The pattern and its number of files, e.g. {@code data/*.csv (3 files)}, and with {@code nrows}
   * how it is read: {@code data/*.csv (3 files, first 10 rows read in order)}.
   */
  @Override
  public String toString() {
    return pattern + " (" + inputs.size() + (inputs.size() == 1 ? " file" : " files")
        + (options.nrows().isPresent() ? ", first " + options.nrows().getAsLong() + " rows read in order" : "") + ")";
  }
}
