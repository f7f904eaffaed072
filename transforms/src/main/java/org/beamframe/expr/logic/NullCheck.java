package org.beamframe.expr.logic;

import java.util.Set;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code isnull()} (when {@code isNull}) or {@code notnull()}: never missing itself.
 * Works on every dtype.
 *
 * @param operand the expression to test
 * @param isNull true to test for missing values, false to test for present ones
 * @serial exclude
 */
public record NullCheck(Expr operand, boolean isNull) implements Expr {

  @Override
  public DType type(FrameSchema input) {
    operand.type(input);
    return DType.BOOL;
  }

  @Override
  public Evaluator compile(FrameSchema input) {
    Evaluator value = operand.compile(input);
    boolean wanted = isNull;
    return row -> (value.eval(row) == null) == wanted;
  }

  @Override
  public Set<String> columns() {
    return operand.columns();
  }

  @Override
  public String toString() {
    return operand + (isNull ? ".isnull()" : ".notnull()");
  }
}
