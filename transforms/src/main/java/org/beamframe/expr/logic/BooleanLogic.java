package org.beamframe.expr.logic;

import java.util.HashSet;
import java.util.Set;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * {@code left & right} or {@code left | right} over bool; a missing operand counts as False, as a filter treats it.
 * The result is never missing. A non-bool operand fails at type-check with an
 * {@link ExprTypeException} that suggests comparing it first.
 *
 * @param op the operator
 * @param left the left bool operand
 * @param right the right bool operand
 * @serial exclude
 */
public record BooleanLogic(BooleanOp op, Expr left, Expr right) implements Expr {

  @Override
  public DType type(FrameSchema input) {
    requireBool(left, input);
    requireBool(right, input);
    return DType.BOOL;
  }

  static void requireBool(Expr operand, FrameSchema input) {
    DType type = operand.type(input);
    if (type != DType.BOOL) {
      throw new ExprTypeException(
          "boolean logic needs bool operands, but " + operand + " is " + type
              + "; compare it first, e.g. " + operand + " == value");
    }
  }

  @Override
  public Evaluator compile(FrameSchema input) {
    type(input);
    Evaluator a = left.compile(input);
    Evaluator b = right.compile(input);
    if (op == BooleanOp.AND) {
      return row -> Boolean.TRUE.equals(a.eval(row)) && Boolean.TRUE.equals(b.eval(row));
    }
    return row -> Boolean.TRUE.equals(a.eval(row)) || Boolean.TRUE.equals(b.eval(row));
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
