package org.beamframe.transforms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.beamframe.csv.CsvSource;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.csv.FileSplit;
import org.beamframe.csv.ReadTask;
import org.beamframe.csv.RecordBoundaries;
import org.beamframe.csv.ResolvedSplit;
import org.beamframe.csv.SplitSummary;

/**
 * The read tasks of a CSV source, spread over workers: each split with the lexer state at its ends.
 * A file read in one split needs nothing more; the splits of a larger file are scanned in parallel
 * (one fast pass over their bytes) and their summaries composed per file, so every split can find
 * its first record even when a quoted field with line breaks crosses into it. A read of the first
 * {@code nrows} rows is one task instead: the files whole, in order, stopped after the last row
 * wanted ({@link CsvSource#firstRows()}), as the rows before it decide where that is.
 */
final class PlanSplits extends PTransform<PBegin, PCollection<ReadTask>> {
  private final CsvSource source;

  PlanSplits(CsvSource source) {
    this.source = source;
  }

  @Override
  public PCollection<ReadTask> expand(PBegin input) {
    SerializableCoder<ReadTask> coder = SerializableCoder.of(ReadTask.class);
    if (source.options().nrows().isPresent()) {
      return input.apply("FirstRowsInOrder", Create.of(List.of(source.firstRows())).withCoder(coder));
    }
    Map<String, Integer> perFile = new HashMap<>();
    List<FileSplit> splits = source.splits();
    splits.forEach(split -> perFile.merge(split.file(), 1, Integer::sum));
    List<ReadTask> wholeFiles = new ArrayList<>();
    List<FileSplit> parts = new ArrayList<>();
    for (FileSplit split : splits) {
      if (perFile.get(split.file()) == 1) {
        wholeFiles.add(ReadTask.of(ResolvedSplit.wholeFile(split)));
      } else {
        parts.add(split);
      }
    }
    int keys = BeamFrameOptions.shuffleKeys(input.getPipeline().getOptions());
    PCollection<ReadTask> whole = input.apply("WholeFiles", Create.of(wholeFiles).withCoder(coder));
    PCollection<ReadTask> scanned = input
        .apply("FileParts", Create.of(parts).withCoder(SerializableCoder.of(FileSplit.class)))
        .apply("SpreadParts", Reshuffle.<FileSplit>viaRandomKey().withNumBuckets(keys))
        .apply("ScanQuotes", ParDo.of(new SummarizeFn(source.options())))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(SplitSummary.class)))
        .apply("ByFile", GroupByKey.create())
        .apply("ComposeStates", ParDo.of(new ResolveFn()))
        .setCoder(coder);
    return PCollectionList.of(whole).and(scanned)
        .apply("AllSplits", Flatten.pCollections())
        .apply("SpreadSplits", Reshuffle.<ReadTask>viaRandomKey().withNumBuckets(keys));
  }

  private static final class SummarizeFn extends DoFn<FileSplit, KV<String, SplitSummary>> {
    private final CsvReadOptions options;
    private transient RecordBoundaries boundaries;

    SummarizeFn(CsvReadOptions options) {
      this.options = options;
    }

    @Setup
    public void setup() {
      boundaries = RecordBoundaries.of(options);
    }

    @ProcessElement
    public void process(@Element FileSplit split, OutputReceiver<KV<String, SplitSummary>> out) {
      out.output(KV.of(split.file(), CsvSource.summarize(boundaries, split)));
    }
  }

  private static final class ResolveFn extends DoFn<KV<String, Iterable<SplitSummary>>, ReadTask> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<SplitSummary>> file, OutputReceiver<ReadTask> out) {
      List<SplitSummary> summaries = new ArrayList<>();
      file.getValue().forEach(summaries::add);
      ResolvedSplit.resolve(summaries).forEach(split -> out.output(ReadTask.of(split)));
    }
  }
}
