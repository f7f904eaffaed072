package org.beamframe.expr.logic;

import java.util.Set;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * {@code ~operand} over bool; a missing value stays missing. A non-bool operand fails at type-check
 * with an {@link org.beamframe.expr.ExprTypeException}.
 *
 * @param operand the bool expression to negate
 * @serial exclude
 */
public record Not(Expr operand) implements Expr {

  @Override
  public DType type(FrameSchema input) {
    BooleanLogic.requireBool(operand, input);
    return DType.BOOL;
  }

  @Override
  public Evaluator compile(FrameSchema input) {
    type(input);
    Evaluator value = operand.compile(input);
    return row -> {
      Object flag = value.eval(row);
      return flag == null ? null : !(Boolean) flag;
    };
  }

  @Override
  public Set<String> columns() {
    return operand.columns();
  }

  @Override
  public String toString() {
    return "~" + operand;
  }
}
