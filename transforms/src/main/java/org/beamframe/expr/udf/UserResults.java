package org.beamframe.expr.udf;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.beamframe.expr.ValueConversionException;
import org.beamframe.types.DType;

/** A user function's result as a value of its declared dtype, or a clear error. */
final class UserResults {
  private UserResults() {}

  /**
   * Fails now, where the function is written, if Java cannot serialize it (Beam ships it to the
   * workers): a lambda that captures an object which is not {@code Serializable}.
   */
  static void requireSerializable(Object function, String expression) {
    try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
      out.writeObject(function);
    } catch (NotSerializableException captured) {
      throw new IllegalArgumentException(expression + ": the function cannot be sent to the workers: it captures a "
          + captured.getMessage() + ", which is not Serializable; capture only serializable values (numbers, "
          + "strings, collections of them) or make that class Serializable", captured);
    } catch (IOException other) {
      throw new IllegalArgumentException(expression + ": the function cannot be serialized: " + other, other);
    }
  }

  /** Calls a user function on {@code input}; its result as {@code dtype} holds it, or the run's error. */
  static Object call(Supplier<Object> function, Object input, DType dtype, String expression) {
    Object result;
    try {
      result = function.get();
    } catch (RuntimeException thrown) {
      throw failed(expression, copyOf(input), thrown);
    }
    return asDtype(result, dtype, expression, input);
  }

  /** What an error shows, and a runner ships to the client: a copy of a row, not a view of a worker's buffer. */
  private static Object copyOf(Object input) {
    return input instanceof Map<?, ?> row ? new LinkedHashMap<>(row) : input;
  }

  /** {@code result} as {@code dtype} holds it: Java integers widen to int64, numbers to float64, NaN is missing. */
  private static Object asDtype(Object result, DType dtype, String expression, Object input) {
    if (result == null) {
      return null;
    }
    Object value = switch (dtype) {
      case INT64 -> result instanceof Long || result instanceof Integer || result instanceof Short
          || result instanceof Byte ? (Object) ((Number) result).longValue() : null;
      case FLOAT64 -> result instanceof Number number ? (Object) number.doubleValue() : null;
      case OBJECT -> result instanceof String || result instanceof Character ? result.toString() : null;
      case BOOL -> result instanceof Boolean ? result : null;
      case DATETIME64 -> result instanceof LocalDateTime ? result : null;
    };
    if (value == null) {
      throw new ValueConversionException(expression, copyOf(input), "the function returned " + describe(result)
          + ", not a value of the declared dtype " + dtype, "return a " + dtype.javaType().getSimpleName()
          + " (or null for a missing value), or declare the dtype the function returns");
    }
    return value instanceof Double number && number.isNaN() ? null : value;
  }

  /** A user function's exception, as the run's error: which expression, which value, what it threw. */
  private static ValueConversionException failed(String expression, Object input, RuntimeException thrown) {
    String hint = thrown instanceof ClassCastException
        ? "declare the function's parameter as the column's Java type (Long for int64, Double for float64, String "
            + "for object, Boolean for bool, LocalDateTime for datetime64)"
        : "fix the function, or the value";
    return new ValueConversionException(expression, input, "the function threw " + thrown, hint, thrown);
  }

  private static String describe(Object result) {
    return result.getClass().getSimpleName() + " " + result;
  }
}
