package org.beamframe.expr;

import java.util.HashSet;
import java.util.Set;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code input.where(condition, other)}: input where the condition is true, other where it
 * is false or missing. Numeric branches of int64 and float64 give float64.
 * Otherwise both branches must have one dtype and the condition must be bool, or type-checking
 * fails with an {@link ExprTypeException}. A missing value in the chosen branch stays missing.
 * Without other ({@code input.where(condition)}), the value elsewhere is missing, of input's dtype.
 *
 * @param input the values kept where the condition is true
 * @param condition the bool condition
 * @param other the values used elsewhere; null for missing values
 * @serial exclude
 */
public record Where(Expr input, Expr condition, Expr other) implements Expr {
  @Override
  public DType type(FrameSchema schema) {
    DType test = condition.type(schema);
    if (test != DType.BOOL) {
      throw new ExprTypeException("where needs a bool condition; " + condition + " is " + test);
    }
    DType in = input.type(schema);
    if (other == null) {
      return in;
    }
    DType alternative = other.type(schema);
    if (in == alternative) {
      return in;
    }
    if (in.isNumeric() && alternative.isNumeric()) {
      return DType.FLOAT64;
    }
    throw new ExprTypeException("where: " + input + " is " + in + " but the other value " + other + " is "
        + alternative + "; give both the same dtype");
  }

  @Override
  public Evaluator compile(FrameSchema schema) {
    boolean toDouble = type(schema) == DType.FLOAT64;
    Evaluator test = condition.compile(schema);
    Evaluator yes = input.compile(schema);
    Evaluator no = other == null ? row -> null : other.compile(schema);
    return row -> {
      Object chosen = Boolean.TRUE.equals(test.eval(row)) ? yes.eval(row) : no.eval(row);
      return toDouble && chosen != null ? (Object) ((Number) chosen).doubleValue() : chosen;
    };
  }

  @Override
  public Set<String> columns() {
    Set<String> columns = new HashSet<>(input.columns());
    columns.addAll(condition.columns());
    if (other != null) {
      columns.addAll(other.columns());
    }
    return columns;
  }

  @Override
  public String toString() {
    return input + ".where(" + condition + (other == null ? "" : ", " + other) + ")";
  }
}
