package org.beamframe.expr;

import java.util.Set;
import org.beamframe.expr.num.NumericText;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.ValueText;

/**
 * pandas' {@code input.astype(dtype)}: int64, float64 and bool between each other (float to int
 * truncates toward zero, as numpy), text to a number (strict: a value that is not one fails, as
 * pandas raises; use to_numeric(errors='coerce') to get missing instead), and anything to object
 * text. Missing stays missing, except that pandas cannot put a missing value into int64: that fails.
 *
 * <p>In detail: a missing value cast to int64 fails even when the input is int64 itself. Bool to a
 * number is 0 or 1, a number to bool is whether it is non-zero; float64 to int64 beyond the int64
 * range saturates at its bounds (pandas raises for infinities). Text to int64
 * must be an integer ({@code "3"}, not {@code "3.0"}); text to float64 is parsed as
 * {@link Expressions#toNumeric} does, except that the text {@code "nan"} gives a NaN double rather
 * than a missing value. To object, a value is written as {@link ValueText#format} writes it to CSV
 * (bool {@code True}/{@code False}, datetimes {@code 2012-01-15 00:00:00}, float64 as Java prints
 * it, e.g. {@code 1.0E7} where pandas writes {@code 10000000.0}). Datetimes come only from
 * {@link Expressions#toDatetime}: other conversions to or from datetime64 fail at type-check with
 * an {@link ExprTypeException}. A failing value throws a {@link ValueConversionException} when the
 * row is evaluated.
 *
 * @param input the expression whose values are converted
 * @param target the dtype to convert to
 * @serial exclude
 */
public record Cast(Expr input, DType target) implements Expr {
  @Override
  public DType type(FrameSchema schema) {
    DType in = input.type(schema);
    boolean supported = in == target || target == DType.OBJECT
        || (in == DType.OBJECT && target.isNumeric())
        || ((in.isNumeric() || in == DType.BOOL) && (target.isNumeric() || target == DType.BOOL));
    if (!supported) {
      throw new ExprTypeException("cannot astype " + input + " (" + in + ") to " + target
          + "; datetimes come from to_datetime(...)");
    }
    return target;
  }

  @Override
  public Evaluator compile(FrameSchema schema) {
    type(schema);
    DType in = input.type(schema);
    Evaluator value = input.compile(schema);
    DType to = target;
    Expr source = input;
    return row -> {
      Object v = value.eval(row);
      if (v == null) {
        if (to == DType.INT64) {
          throw new ValueConversionException(source + ".astype('int64')", null, "int64 cannot hold a missing value",
              "fill it first (fillna) or keep float64");
        }
        return null;
      }
      return convert(v, in, to, source);
    };
  }

  private static Object convert(Object v, DType in, DType to, Expr source) {
    if (in == to) {
      return v;
    }
    if (to == DType.OBJECT) {
      return ValueText.format(v);
    }
    if (in == DType.OBJECT) {
      Double number = NumericText.parseDouble((String) v);
      Long integer = to == DType.INT64 ? NumericText.parseLong((String) v) : null;
      if (number == null || (to == DType.INT64 && integer == null)) {
        throw new ValueConversionException(source + ".astype('" + to + "')", v, "it is not " + to,
            "use to_numeric(..., errors='coerce') to make such values missing");
      }
      return to == DType.INT64 ? integer : (Object) number;
    }
    double x = v instanceof Boolean flag ? (flag ? 1 : 0) : ((Number) v).doubleValue();
    return switch (to) {
      case INT64 -> (long) x;
      case FLOAT64 -> x;
      case BOOL -> x != 0;
      default -> throw new IllegalStateException("unreachable: " + to);
    };
  }

  @Override
  public Set<String> columns() {
    return input.columns();
  }

  @Override
  public String toString() {
    return input + ".astype('" + target + "')";
  }
}
