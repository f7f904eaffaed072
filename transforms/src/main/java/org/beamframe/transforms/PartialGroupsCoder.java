package org.beamframe.transforms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.util.VarInt;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggAccumulator;
import org.beamframe.agg.Aggregator;
import org.beamframe.agg.GroupKey;
import org.beamframe.agg.PartialGroups;

/** Encodes {@link PartialGroups}: the group count, then each group's key as a row and its accumulator. */
final class PartialGroupsCoder extends CustomCoder<PartialGroups> {
  private final Schema keySchema;
  private final RowCoder keys;
  private final AggAccumulatorCoder accumulators;
  private final Aggregator aggregator;

  PartialGroupsCoder(Schema keySchema, Aggregator aggregator) {
    this.keySchema = keySchema;
    this.keys = RowCoder.of(keySchema);
    this.accumulators = new AggAccumulatorCoder(aggregator);
    this.aggregator = aggregator;
  }

  @Override
  public void encode(PartialGroups value, OutputStream out) throws IOException {
    VarInt.encode(value.size(), out);
    try {
      value.forEach((key, acc) -> {
        try {
          encodeGroup(key, acc, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public PartialGroups decode(InputStream in) throws IOException {
    PartialGroups groups = new PartialGroups();
    for (int n = VarInt.decodeInt(in); n > 0; n--) {
      groups.merge(new GroupKey(decodeKey(in)), decodeAccumulator(in), aggregator);
    }
    return groups;
  }

  /** One group: its key values as a row, then its accumulator. */
  void encodeGroup(Object[] key, AggAccumulator acc, OutputStream out) throws IOException {
    keys.encode(Rows.of(keySchema, key), out);
    accumulators.encode(acc, out);
  }

  /** A group's key values, as {@link #encodeGroup} wrote them; its accumulator follows. */
  Object[] decodeKey(InputStream in) throws IOException {
    Row key = keys.decode(in);
    Object[] values = new Object[key.getFieldCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = key.getValue(i);
    }
    return values;
  }

  AggAccumulator decodeAccumulator(InputStream in) throws IOException {
    return accumulators.decode(in);
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    throw new NonDeterministicException(this, "a hash map's order of groups is not deterministic");
  }
}
