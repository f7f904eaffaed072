package org.beamframe.transforms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.util.VarInt;
import org.beamframe.agg.AggAccumulator;
import org.beamframe.types.DType;

/** Encodes an {@link AggAccumulator} for the shuffle; extremes are encoded by their column's dtype. */
final class AggAccumulatorCoder extends CustomCoder<AggAccumulator> {
  private static final VarLongCoder LONGS = VarLongCoder.of();
  private static final DoubleCoder DOUBLES = DoubleCoder.of();
  private static final StringUtf8Coder STRINGS = StringUtf8Coder.of();
  private static final BooleanCoder BOOLEANS = BooleanCoder.of();

  private final List<DType> extremeTypes;

  AggAccumulatorCoder(List<DType> extremeTypes) {
    this.extremeTypes = List.copyOf(extremeTypes);
  }

  @Override
  public void encode(AggAccumulator value, OutputStream out) throws IOException {
    for (int i = 0; i < extremeTypes.size(); i++) {
      LONGS.encode(value.counts[i], out);
      DOUBLES.encode(value.sums[i], out);
      DOUBLES.encode(value.compensations[i], out);
      LONGS.encode(value.longSums[i], out);
      Object extreme = value.extremes[i];
      BOOLEANS.encode(extreme != null, out);
      if (extreme != null) {
        encodeValue(extremeTypes.get(i), extreme, out);
      }
      LONGS.encode(value.positions[i], out);
      DOUBLES.encode(value.means[i], out);
      DOUBLES.encode(value.squaredDeviations[i], out);
      Set<Object> distinct = value.distinct[i];
      VarInt.encode(distinct == null ? 0 : distinct.size(), out);
      if (distinct != null) {
        for (Object each : distinct) {
          encodeValue(extremeTypes.get(i), each, out);
        }
      }
    }
  }

  private static void encodeValue(DType type, Object value, OutputStream out) throws IOException {
    switch (type) {
      case OBJECT -> STRINGS.encode((String) value, out);
      case INT64 -> LONGS.encode((Long) value, out);
      case FLOAT64 -> DOUBLES.encode((Double) value, out);
      case BOOL -> BOOLEANS.encode((Boolean) value, out);
      case DATETIME64 -> STRINGS.encode(value.toString(), out);
    }
  }

  private static Object decodeValue(DType type, InputStream in) throws IOException {
    return switch (type) {
      case OBJECT -> STRINGS.decode(in);
      case INT64 -> LONGS.decode(in);
      case FLOAT64 -> DOUBLES.decode(in);
      case BOOL -> BOOLEANS.decode(in);
      case DATETIME64 -> LocalDateTime.parse(STRINGS.decode(in));
    };
  }

  @Override
  public AggAccumulator decode(InputStream in) throws IOException {
    AggAccumulator value = new AggAccumulator(extremeTypes.size());
    for (int i = 0; i < extremeTypes.size(); i++) {
      value.counts[i] = LONGS.decode(in);
      value.sums[i] = DOUBLES.decode(in);
      value.compensations[i] = DOUBLES.decode(in);
      value.longSums[i] = LONGS.decode(in);
      if (BOOLEANS.decode(in)) {
        value.extremes[i] = decodeValue(extremeTypes.get(i), in);
      }
      value.positions[i] = LONGS.decode(in);
      value.means[i] = DOUBLES.decode(in);
      value.squaredDeviations[i] = DOUBLES.decode(in);
      for (int n = VarInt.decodeInt(in); n > 0; n--) {
        value.addDistinct(i, decodeValue(extremeTypes.get(i), in));
      }
    }
    return value;
  }

  @Override
  public void verifyDeterministic() {}
}
