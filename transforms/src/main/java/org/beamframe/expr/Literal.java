package org.beamframe.expr;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * A constant of one dtype; Java integers become int64 and floating-point numbers float64. It prints
 * as pandas' query syntax would write it (text in single quotes). Usually made by
 * {@link Expressions#lit} or {@link #of}, which infer the dtype.
 *
 * @param value the constant, never null, an instance of {@code dtype}'s {@link DType#javaType()}
 * @param dtype the constant's dtype
 * @serial exclude
 */
public record Literal(Object value, DType dtype) implements Expr {
  /**
   * Checks that the value is present and of the dtype's Java class.
   *
   * @param value the constant, never null
   * @param dtype the constant's dtype
   * @throws NullPointerException if {@code value} or {@code dtype} is null
   * @throws IllegalArgumentException if {@code value} is not an instance of {@code dtype}'s Java class
   */
  public Literal {
    Objects.requireNonNull(value, "a literal cannot be null; use isnull()/notnull() to test for missing values");
    if (!dtype.javaType().isInstance(value)) {
      throw new IllegalArgumentException("literal " + value + " is not a " + dtype);
    }
  }

  /**
   * The literal for a Java value, with its dtype inferred from the value's class: String or
   * Character is object; Long, Integer, Short or Byte is int64 (held as a Long); Double or Float is
   * float64 (held as a Double); Boolean is bool; {@link LocalDateTime} is datetime64.
   *
   * @param value the constant
   * @return the literal
   * @throws IllegalArgumentException if {@code value} is null or of another class
   */
  public static Literal of(Object value) {
    if (value instanceof String || value instanceof Character) {
      return new Literal(value.toString(), DType.OBJECT);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return new Literal(((Number) value).longValue(), DType.INT64);
    }
    if (value instanceof Double || value instanceof Float) {
      return new Literal(((Number) value).doubleValue(), DType.FLOAT64);
    }
    if (value instanceof Boolean) {
      return new Literal(value, DType.BOOL);
    }
    if (value instanceof LocalDateTime) {
      return new Literal(value, DType.DATETIME64);
    }
    throw new IllegalArgumentException(
        "cannot make a literal of " + (value == null ? "null" : value.getClass().getName())
            + "; use String, a Java integer or floating-point number, Boolean or LocalDateTime");
  }

  @Override
  public DType type(FrameSchema input) {
    return dtype;
  }

  @Override
  public Evaluator compile(FrameSchema input) {
    Object constant = value;
    return row -> constant;
  }

  @Override
  public Set<String> columns() {
    return Set.of();
  }

  @Override
  public String toString() {
    return value instanceof String text ? "'" + text.replace("'", "\\'") + "'" : value.toString();
  }
}
