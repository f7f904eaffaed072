package org.beamframe.expr.datetime;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code .dt.date}: the calendar date of a datetime64, as object text {@code 2012-01-15} (pandas writes it so).
 * A missing value (NaT) stays missing; input of another dtype fails at type-check.
 *
 * @param input a datetime64 expression
 * @serial exclude
 */
public record DateOf(Expr input) implements Expr {
  @Override
  public DType type(FrameSchema schema) {
    DType in = input.type(schema);
    if (in != DType.DATETIME64) {
      throw new ExprTypeException("cannot use .dt.date on " + input + " (" + in + "); convert it with to_datetime(...) first");
    }
    return DType.OBJECT;
  }

  @Override
  public Evaluator compile(FrameSchema schema) {
    type(schema);
    Evaluator value = input.compile(schema);
    return row -> {
      Object dateTime = value.eval(row);
      return dateTime == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDateTime) dateTime);
    };
  }

  @Override
  public Set<String> columns() {
    return input.columns();
  }

  @Override
  public String toString() {
    return input + ".dt.date";
  }
}
