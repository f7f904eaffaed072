package org.beamframe.expr.datetime;

import java.time.LocalDateTime;
import java.util.Set;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * {@code input.dt.year} (or month, day): an int64 part of a datetime64 value; NaT gives null.
 * Input of another dtype fails at type-check with an {@link ExprTypeException}.
 *
 * @param input a datetime64 expression
 * @param field the part to take
 * @serial exclude
 */
public record DatetimePart(Expr input, DatetimeField field) implements Expr {

  @Override
  public DType type(FrameSchema schema) {
    DType in = input.type(schema);
    if (in != DType.DATETIME64) {
      throw new ExprTypeException(
          "cannot use .dt." + field + " on " + input + " (" + in + "); convert it with to_datetime(...) first");
    }
    return DType.INT64;
  }

  @Override
  public Evaluator compile(FrameSchema schema) {
    type(schema);
    Evaluator value = input.compile(schema);
    DatetimeField part = field;
    return row -> {
      Object dateTime = value.eval(row);
      return dateTime == null ? null : part.of((LocalDateTime) dateTime);
    };
  }

  @Override
  public Set<String> columns() {
    return input.columns();
  }

  @Override
  public String toString() {
    return input + ".dt." + field;
  }
}
