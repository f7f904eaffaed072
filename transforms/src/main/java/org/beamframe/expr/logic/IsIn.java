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

/**
 * pandas' {@code input.isin([...])} and query's {@code input in [...]}: bool; a null is in no list.
 * Numbers match by value across int64 and float64 ({@code 3} is in {@code [3.0]}); other values must
 * have the input's dtype, or type-checking fails with an {@link ExprTypeException}. The result is
 * never missing.
 *
 * @param input the values to test
 * @param values the constants to look for, at least one
 * @serial exclude
 */
public record IsIn(Expr input, List<Literal> values) implements Expr {
  /**
   * Copies the list and checks that it is not empty.
   *
   * @param input the values to test
   * @param values the constants to look for, at least one
   * @throws IllegalArgumentException if {@code values} is empty
   * @throws NullPointerException if {@code values} is null or holds null
   */
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
