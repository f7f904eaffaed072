package org.beamframe.expr;

import java.util.Set;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code input.fillna(value)}: the value where input is missing. An int64 column filled
 * with a float becomes float64, as in pandas; otherwise the value must be of the column's dtype.
 * (A float64 column filled with an integer stays float64.) Another mismatch fails at type-check with
 * an {@link ExprTypeException}. The result is never missing.
 *
 * @param input the expression whose missing values are filled
 * @param value the constant put in their place
 * @serial exclude
 */
public record FillNull(Expr input, Literal value) implements Expr {
  @Override
  public DType type(FrameSchema schema) {
    DType in = input.type(schema);
    if (in == value.dtype()) {
      return in;
    }
    if (in.isNumeric() && value.dtype().isNumeric()) {
      return DType.FLOAT64;
    }
    throw new ExprTypeException("cannot fill " + input + " (" + in + ") with " + value + " (" + value.dtype()
        + "); use a value of the column's dtype");
  }

  @Override
  public Evaluator compile(FrameSchema schema) {
    boolean toDouble = type(schema) == DType.FLOAT64;
    Evaluator v = input.compile(schema);
    Object fill = toDouble ? (Object) ((Number) value.value()).doubleValue() : value.value();
    return row -> {
      Object x = v.eval(row);
      if (x == null) {
        return fill;
      }
      return toDouble ? (Object) ((Number) x).doubleValue() : x;
    };
  }

  @Override
  public Set<String> columns() {
    return input.columns();
  }

  @Override
  public String toString() {
    return input + ".fillna(" + value + ")";
  }
}
