package org.beamframe.expr.logic;

import java.util.HashSet;
import java.util.Set;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * {@code left op right}, bool; numbers compare across int64/float64, other dtypes only with their own.
 * Text compares by {@link String#compareTo} (case-sensitive, by UTF-16 code unit), datetimes in time
 * order, bool with False before True. As in pandas, a missing value on either side gives False,
 * except for {@code !=}, which gives True; the result is never missing. A dtype mismatch fails at
 * type-check with an {@link ExprTypeException}.
 *
 * @param op the operator
 * @param left the left operand
 * @param right the right operand
 * @serial exclude
 */
public record Comparison(ComparisonOp op, Expr left, Expr right) implements Expr {

  @Override
  public DType type(FrameSchema input) {
    DType l = left.type(input);
    DType r = right.type(input);
    if (l != r && !(l.isNumeric() && r.isNumeric())) {
      throw new ExprTypeException(
          "cannot compare " + left + " (" + l + ") " + op.symbol() + " " + right + " (" + r
              + "); compare values of the same dtype (numbers may mix int64 and float64)");
    }
    return DType.BOOL;
  }

  @Override
  public Evaluator compile(FrameSchema input) {
    DType l = left.type(input);
    DType r = right.type(input);
    type(input);
    Evaluator a = left.compile(input);
    Evaluator b = right.compile(input);
    ComparisonOp operator = op;
    boolean withNull = op.resultWithNull();
    if (l.isNumeric() && l != r) {
      return row -> {
        Object x = a.eval(row);
        Object y = x == null ? null : b.eval(row);
        return y == null
            ? withNull
            : operator.test(Double.compare(((Number) x).doubleValue(), ((Number) y).doubleValue()));
      };
    }
    if (l == DType.FLOAT64) {
      // Primitive comparison, so that 0.0 == -0.0 as in pandas.
      return row -> {
        Object x = a.eval(row);
        Object y = x == null ? null : b.eval(row);
        if (y == null) {
          return withNull;
        }
        double dx = (Double) x;
        double dy = (Double) y;
        return operator.test(dx < dy ? -1 : (dx > dy ? 1 : 0));
      };
    }
    return row -> {
      Object x = a.eval(row);
      Object y = x == null ? null : b.eval(row);
      return y == null ? withNull : operator.test(compare(x, y));
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object x, Object y) {
    return ((Comparable) x).compareTo(y);
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
