package org.beamframe.expr.num;

import java.util.HashSet;
import java.util.Set;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.expr.ValueConversionException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * {@code left op right} with pandas semantics: null in, null out; int64 with int64 stays int64
 * except for true division; anything with float64 is float64; a NaN result is missing, as in pandas.
 * {@code //} and {@code %} follow Python (the quotient rounds down, the remainder has the divisor's
 * sign); an int64 {@code //} or {@code %} by zero is missing, and {@code **} of int64 refuses a
 * negative int64 exponent, as pandas does.
 * {@code +} on two object columns concatenates strings.
 * Integer overflow wraps around, as numpy's int64; a non-zero float divided by zero is an infinity.
 * Any other dtype fails at type-check with an {@link ExprTypeException} that suggests
 * {@code toNumeric}.
 *
 * @param op the operator
 * @param left the left operand
 * @param right the right operand
 * @serial exclude
 */
public record Arithmetic(ArithmeticOp op, Expr left, Expr right) implements Expr {

  @Override
  public DType type(FrameSchema input) {
    DType l = left.type(input);
    DType r = right.type(input);
    if (op == ArithmeticOp.ADD && l == DType.OBJECT && r == DType.OBJECT) {
      return DType.OBJECT;
    }
    if (!l.isNumeric() || !r.isNumeric()) {
      throw new ExprTypeException(
          "cannot apply " + op.symbol() + " to " + left + " (" + l + ") and " + right + " (" + r
              + "): arithmetic needs int64 or float64 operands; convert text with toNumeric(...)");
    }
    if (op == ArithmeticOp.DIV || l == DType.FLOAT64 || r == DType.FLOAT64) {
      return DType.FLOAT64;
    }
    return DType.INT64;
  }

  @Override
  public Evaluator compile(FrameSchema input) {
    DType result = type(input);
    Evaluator l = left.compile(input);
    Evaluator r = right.compile(input);
    ArithmeticOp operator = op;
    if (result == DType.OBJECT) {
      return row -> {
        Object a = l.eval(row);
        Object b = a == null ? null : r.eval(row);
        return b == null ? null : (String) a + b;
      };
    }
    if (result == DType.INT64) {
      String description = toString();
      return row -> {
        Object a = l.eval(row);
        Object b = a == null ? null : r.eval(row);
        if (b == null) {
          return null;
        }
        if (operator == ArithmeticOp.POW && (Long) b < 0) {
          throw new ValueConversionException(description, b, "integers to negative integer powers are not allowed, "
              + "as in pandas", "make the exponent float64, e.g. x ** -1.0 or astype('float64')");
        }
        return operator.apply((Long) a, (long) (Long) b);
      };
    }
    return row -> {
      Object a = l.eval(row);
      Object b = a == null ? null : r.eval(row);
      if (b == null) {
        return null;
      }
      double value = operator.apply(((Number) a).doubleValue(), ((Number) b).doubleValue());
      return Double.isNaN(value) ? null : value;
    };
  }

  @Override
  public Set<String> columns() {
    Set<String> names = new HashSet<>(left.columns());
    names.addAll(right.columns());
    return Set.copyOf(names);
  }

  @Override
  public String toString() {
    return "(" + left + " " + op.symbol() + " " + right + ")";
  }
}
