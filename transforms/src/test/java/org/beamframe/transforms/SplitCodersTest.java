package org.beamframe.transforms;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.values.KV;
import org.beamframe.csv.FileSplit;
import org.beamframe.csv.RejectedRecord;
import org.beamframe.csv.ResolvedSplit;
import org.beamframe.csv.SplitSummary;
import org.junit.jupiter.api.Test;

/**
 * The elements the read's steps pass between workers decode to values whose structural value is
 * the original's: Beam's DirectRunner checks exactly this when its element checks are on, and
 * warns on every element otherwise (a summary's state array compared by identity did).
 */
class SplitCodersTest {
  @Test
  void decodedSplitElementsAreStructurallyTheOriginals() throws Exception {
    FileSplit split = new FileSplit("s3://bucket/arcos.csv", 8 << 20, 16 << 20);
    SplitSummary summary = new SplitSummary(split, new int[] {0, 1, 3, 3, 2});
    CoderProperties.structuralValueDecodeEncodeEqual(SerializableCoder.of(FileSplit.class), split);
    CoderProperties.structuralValueDecodeEncodeEqual(SerializableCoder.of(SplitSummary.class), summary);
    CoderProperties.structuralValueDecodeEncodeEqual(
        KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(SplitSummary.class)), KV.of(split.file(), summary));
    CoderProperties.structuralValueDecodeEncodeEqual(SerializableCoder.of(ResolvedSplit.class),
        new ResolvedSplit(split, 3, 0));
    CoderProperties.structuralValueDecodeEncodeEqual(SerializableCoder.of(RejectedRecord.class),
        new RejectedRecord("a.csv", 7, "column n: cannot parse \"x\" as int64", "x,1"));
  }
}
