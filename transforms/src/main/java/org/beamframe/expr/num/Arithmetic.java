package org.beamframe.expr.num;

import java.util.HashSet;
import java.util.Set;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * {@code left op right} with pandas semantics: null in, null out; int64 with int64 stays int64
 * except for true division; anything with float64 is float64; a NaN result is missing, as in pandas.
 * {@code +} on two object columns concatenates strings.
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
      return row -> {
        Object a = l.eval(row);
        Object b = a == null ? null : r.eval(row);
        return b == null ? null : operator.apply((Long) a, (long) (Long) b);
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
