package org.beamframe.transforms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
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
        switch (extremeTypes.get(i)) {
          case OBJECT -> STRINGS.encode((String) extreme, out);
          case INT64 -> LONGS.encode((Long) extreme, out);
          case FLOAT64 -> DOUBLES.encode((Double) extreme, out);
          case BOOL -> BOOLEANS.encode((Boolean) extreme, out);
          case DATETIME64 -> STRINGS.encode(extreme.toString(), out);
        }
      }
    }
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
        value.extremes[i] = switch (extremeTypes.get(i)) {
          case OBJECT -> STRINGS.decode(in);
          case INT64 -> LONGS.decode(in);
          case FLOAT64 -> DOUBLES.decode(in);
          case BOOL -> BOOLEANS.decode(in);
          case DATETIME64 -> LocalDateTime.parse(STRINGS.decode(in));
        };
      }
    }
    return value;
  }

  @Override
  public void verifyDeterministic() {}
}
