package org.beamframe.transforms;

import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.commons.csv.CSVFormat;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.csv.OnBadLines;
import org.beamframe.csv.RejectedRecord;

/** The side output of a lenient read: bad records, written to the dead-letter CSV when one was asked for. */
final class RejectedRecords {
  static final TupleTag<RejectedRecord> TAG = new TupleTag<>() {};
  private static final String HEADER = "file,line,reason,text";

  private RejectedRecords() {}

  static void write(PCollectionTuple outputs, CsvReadOptions options) {
    PCollection<RejectedRecord> rejected = outputs.get(TAG).setCoder(SerializableCoder.of(RejectedRecord.class));
    if (options.onBadLines() == OnBadLines.DEAD_LETTER) {
      rejected
          .apply("FormatDeadLetters", MapElements.into(TypeDescriptors.strings()).via(
              (RejectedRecord r) -> CSVFormat.RFC4180.format(r.file(), r.line(), r.reason(), r.text())))
          .apply("WriteDeadLetters", TextIO.write().to(options.deadLetterPath()).withoutSharding().withHeader(HEADER));
    }
  }
}
