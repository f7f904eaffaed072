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
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.Aggregator;
import org.beamframe.types.DType;

/**
 * Encodes an {@link AggAccumulator} for the shuffle and for run files: per aggregation only the
 * state its function uses (a size is one count; a sum its count and sums), extremes and distinct
 * values by their column's dtype.
 */
final class AggAccumulatorCoder extends CustomCoder<AggAccumulator> {
  private static final VarLongCoder LONGS = VarLongCoder.of();
  private static final DoubleCoder DOUBLES = DoubleCoder.of();
  private static final StringUtf8Coder STRINGS = StringUtf8Coder.of();
  private static final BooleanCoder BOOLEANS = BooleanCoder.of();

  private final List<DType> extremeTypes;
  private final AggFunction[] functions;

  AggAccumulatorCoder(Aggregator aggregator) {
    this.extremeTypes = aggregator.inputTypes();
    this.functions = aggregator.functions().toArray(new AggFunction[0]);
  }

  @Override
  public void encode(AggAccumulator value, OutputStream out) throws IOException {
    for (int i = 0; i < functions.length; i++) {
      LONGS.encode(value.counts[i], out);
      switch (functions[i]) {
        case SIZE, COUNT -> { }
        case SUM, MEAN -> {
          DOUBLES.encode(value.sums[i], out);
          DOUBLES.encode(value.compensations[i], out);
          LONGS.encode(value.longSums[i], out);
        }
        case MIN, MAX -> encodeExtreme(value, i, out);
        case FIRST, LAST, FIRST_ROW, LAST_ROW -> {
          encodeExtreme(value, i, out);
          LONGS.encode(value.positions[i], out);
        }
        case VAR, STD -> {
          DOUBLES.encode(value.means[i], out);
          DOUBLES.encode(value.squaredDeviations[i], out);
        }
        case NUNIQUE -> {
          Set<Object> distinct = value.distinct[i];
          VarInt.encode(distinct == null ? 0 : distinct.size(), out);
          if (distinct != null) {
            for (Object each : distinct) {
              encodeValue(extremeTypes.get(i), each, out);
            }
          }
        }
      }
    }
  }

  @Override
  public AggAccumulator decode(InputStream in) throws IOException {
    AggAccumulator value = new AggAccumulator(functions);
    for (int i = 0; i < functions.length; i++) {
      value.counts[i] = LONGS.decode(in);
      switch (functions[i]) {
        case SIZE, COUNT -> { }
        case SUM, MEAN -> {
          value.sums[i] = DOUBLES.decode(in);
          value.compensations[i] = DOUBLES.decode(in);
          value.longSums[i] = LONGS.decode(in);
        }
        case MIN, MAX -> value.extremes[i] = decodeExtreme(i, in);
        case FIRST, LAST, FIRST_ROW, LAST_ROW -> {
          value.extremes[i] = decodeExtreme(i, in);
          value.positions[i] = LONGS.decode(in);
        }
        case VAR, STD -> {
          value.means[i] = DOUBLES.decode(in);
          value.squaredDeviations[i] = DOUBLES.decode(in);
        }
        case NUNIQUE -> {
          for (int n = VarInt.decodeInt(in); n > 0; n--) {
            value.addDistinct(i, decodeValue(extremeTypes.get(i), in));
          }
        }
      }
    }
    return value;
  }

  private void encodeExtreme(AggAccumulator value, int i, OutputStream out) throws IOException {
    Object extreme = value.extremes[i];
    BOOLEANS.encode(extreme != null, out);
    if (extreme != null) {
      encodeValue(extremeTypes.get(i), extreme, out);
    }
  }

  private Object decodeExtreme(int i, InputStream in) throws IOException {
    return BOOLEANS.decode(in) ? decodeValue(extremeTypes.get(i), in) : null;
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
  public void verifyDeterministic() {}
}
