package org.beamframe.rows;

import java.util.Arrays;
import java.util.Objects;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.types.FrameSchema;

/** {@code name = expr}: a new column is appended, an existing one replaced in place. */
public record AssignStep(String name, Expr expr) implements RowStep {
  public AssignStep {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expr, "expr");
  }

  @Override
  public FrameSchema outputSchema(FrameSchema input) {
    return input.with(name, expr.type(input));
  }

  @Override
  public RowFunction compile(FrameSchema input) {
    Evaluator evaluator = expr.compile(input);
    int target = outputSchema(input).indexOf(name);
    if (target == input.size()) {
      int width = input.size() + 1;
      return values -> {
        Object value = evaluator.eval(index -> values[index]);
        Object[] wider = Arrays.copyOf(values, width);
        wider[target] = value;
        return wider;
      };
    }
    return values -> {
      values[target] = evaluator.eval(index -> values[index]);
      return values;
    };
  }

  @Override
  public String toString() {
    return "Assign " + name + " = " + expr;
  }
}
