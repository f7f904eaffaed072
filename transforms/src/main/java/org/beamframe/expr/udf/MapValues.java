package org.beamframe.expr.udf;

import java.util.Objects;
import java.util.Set;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * pandas' {@code input.map(func)} with a Java function and the dtype it returns: opaque to the
 * optimizer, which sees only that it reads {@code input}'s columns. A missing value stays missing
 * without calling the function (pandas' {@code na_action='ignore'}; pandas' default would pass NaN).
 *
 * @param input the values the function gets
 * @param function the user's function, called once per non-missing value
 * @param dtype the dtype of the function's results
 * @serial exclude
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public record MapValues(Expr input, ValueFunction function, DType dtype) implements Expr {
  /**
   * Checks that every component is given.
   *
   * @param input the values the function gets
   * @param function the user's function
   * @param dtype the dtype of its results
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the function cannot be serialized (it captures something
   *     that is not Serializable)
   */
  public MapValues {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(dtype, "dtype");
    UserResults.requireSerializable(function, input + ".map(...)");
  }

  @Override
  public DType type(FrameSchema schema) {
    input.type(schema);
    return dtype;
  }

  @Override
  public Evaluator compile(FrameSchema schema) {
    Evaluator value = input.compile(schema);
    ValueFunction mapper = function;
    DType declared = dtype;
    String description = toString();
    return row -> {
      Object in = value.eval(row);
      if (in == null) {
        return null;
      }
      return UserResults.call(() -> mapper.apply(in), in, declared, description);
    };
  }

  @Override
  public Set<String> columns() {
    return input.columns();
  }

  @Override
  public String toString() {
    return input + ".map(<function> -> " + dtype + ")";
  }
}
