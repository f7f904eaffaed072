package org.beamframe.transforms;

import org.apache.beam.sdk.schemas.Schema;
import org.beamframe.agg.GroupKey;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;

/**
 * Group keys as Beam shuffles them. Beam groups by the encoded bytes of a key and refuses a coder
 * that is not deterministic, as its double coder is (-0.0 and 0.0 are equal numbers with other
 * bytes); pandas groups by float64 keys all the same. A float64 key therefore crosses the shuffle
 * as the int64 bits of its canonical value ({@link GroupKey#canonical}) and is turned back after.
 */
final class ShuffleKeys {
  private ShuffleKeys() {}

  /** The Beam schema of {@code keys} as shuffled: float64 fields become int64. */
  static Schema schema(FrameSchema keys) {
    Schema.Builder builder = Schema.builder();
    for (FrameField field : keys.fields()) {
      DType shuffled = field.type() == DType.FLOAT64 ? DType.INT64 : field.type();
      builder.addField(field.name(), BeamSchemas.fieldType(shuffled).withNullable(true));
    }
    return builder.build();
  }

  /** Whether each key field is float64, in key order. */
  static boolean[] floats(FrameSchema keys) {
    boolean[] floats = new boolean[keys.size()];
    for (int i = 0; i < floats.length; i++) {
      floats[i] = keys.fields().get(i).type() == DType.FLOAT64;
    }
    return floats;
  }

  /** The value to shuffle for a key value. */
  static Object encode(Object value, boolean isFloat) {
    Object key = GroupKey.canonical(value);
    return isFloat && key != null ? (Object) Double.doubleToLongBits((Double) key) : key;
  }

  /** The key value a shuffled value stands for. */
  static Object decode(Object value, boolean isFloat) {
    return isFloat && value != null ? Double.longBitsToDouble((Long) value) : value;
  }
}
