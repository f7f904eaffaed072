package org.beamframe.expr.logic;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.expr.Literal;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/** pandas' {@code input.isin([...])} and query's {@code input in [...]}: bool; a null is in no list. */
public record IsIn(Expr input, List<Literal> values) implements Expr {
  public IsIn {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("isin needs at least one value");
    }
  }

  @Override
  public DType type(FrameSchema schema) {
    DType in = input.type(schema);
    for (Literal value : values) {
      boolean numeric = in.isNumeric() && value.dtype().isNumeric();
      if (!numeric && value.dtype() != in) {
        throw new ExprTypeException("cannot test " + input + " (" + in + ") for " + value + " (" + value.dtype()
            + "); list values of the column's dtype");
      }
    }
    return DType.BOOL;
  }

  @Override
  public Evaluator compile(FrameSchema schema) {
    type(schema);
    DType in = input.type(schema);
    // Numbers compare by value, whatever their Java class: 3 is in [3.0].
    Set<Object> members = values.stream()
        .map(value -> in.isNumeric() ? (Object) ((Number) value.value()).doubleValue() : value.value())
        .collect(Collectors.toSet());
    Evaluator value = input.compile(schema);
    return row -> {
      Object v = value.eval(row);
      if (v == null) {
        return Boolean.FALSE;
      }
      return members.contains(in.isNumeric() ? (Object) ((Number) v).doubleValue() : v);
    };
  }

  @Override
  public Set<String> columns() {
    return input.columns();
  }

  @Override
  public String toString() {
    return input + ".isin(" + values + ")";
  }
}
