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
