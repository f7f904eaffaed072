package org.beamframe.rows;

import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/** Keeps the rows where a bool expression is True; missing counts as False. */
public record FilterStep(Expr predicate) implements RowStep {

  @Override
  public FrameSchema outputSchema(FrameSchema input) {
    DType type = predicate.type(input);
    if (type != DType.BOOL) {
      throw new ExprTypeException("a filter needs a bool expression, but " + predicate + " is " + type);
    }
    return input;
  }

  @Override
  public RowFunction compile(FrameSchema input) {
    outputSchema(input);
    Evaluator evaluator = predicate.compile(input);
    return values -> Boolean.TRUE.equals(evaluator.eval(index -> values[index])) ? values : null;
  }

  @Override
  public String toString() {
    return "Filter " + predicate;
  }
}
