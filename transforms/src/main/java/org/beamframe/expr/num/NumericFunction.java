package org.beamframe.expr.num;

import java.util.Set;
import org.beamframe.expr.Evaluator;
import org.beamframe.expr.Expr;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameSchema;

/**
 * {@code input.abs()}, {@code input.round(decimals)} and {@code input.clip(lower, upper)} on an
 * int64 or float64 expression; the dtype is kept and null stays null. Rounding is numpy's: the
 * value times 10^decimals, rounded half to even, divided back.
 * Exception to keeping the dtype: clipping int64 at a bound with a fraction gives float64, as pandas.
 * Non-numeric input fails at type-check with an {@link ExprTypeException}. Build one with
 * {@link #abs}, {@link #round} or {@link #clip}.
 *
 * @param input the int64 or float64 expression
 * @param op the function
 * @param decimals for {@code ROUND}, the digits kept after the decimal point (negative: before it);
 *     0 otherwise
 * @param lower for {@code CLIP}, the lower bound or null for none; null otherwise
 * @param upper for {@code CLIP}, the upper bound or null for none; null otherwise
 * @serial exclude
 */
public record NumericFunction(Expr input, NumericFunctionOp op, int decimals, Double lower, Double upper)
    implements Expr {

  /**
   * pandas' {@code input.abs()}.
   *
   * @param input an int64 or float64 expression
   * @return the absolute value, same dtype; missing stays missing
   */
  public static NumericFunction abs(Expr input) {
    return new NumericFunction(input, NumericFunctionOp.ABS, 0, null, null);
  }

  /**
   * pandas' {@code input.round(decimals)}, half to even. int64 is unchanged unless
   * {@code decimals} is negative ({@code -1} rounds to tens); float64 keeps {@code decimals} digits.
   *
   * @param input an int64 or float64 expression
   * @param decimals the digits kept after the decimal point; negative rounds before it
   * @return the rounded value, same dtype; missing stays missing
   */
  public static NumericFunction round(Expr input, int decimals) {
    return new NumericFunction(input, NumericFunctionOp.ROUND, decimals, null, null);
  }

  /**
   * Bounds may be null (unbounded on that side), as pandas' {@code clip(lower=None, upper=None)}.
   *
   * @param input an int64 or float64 expression
   * @param lower the smallest value kept, or null for none
   * @param upper the largest value kept, or null for none
   * @return the clipped value; int64 stays int64 unless a bound has a fraction; missing stays missing
   * @throws IllegalArgumentException if both bounds are given and {@code lower > upper}
   */
  public static NumericFunction clip(Expr input, Double lower, Double upper) {
    if (lower != null && upper != null && lower > upper) {
      throw new IllegalArgumentException("clip: lower " + lower + " is above upper " + upper);
    }
    return new NumericFunction(input, NumericFunctionOp.CLIP, 0, lower, upper);
  }

  @Override
  public DType type(FrameSchema schema) {
    DType in = input.type(schema);
    if (!in.isNumeric()) {
      throw new ExprTypeException("cannot " + op + " " + input + " (" + in + "); " + op
          + " needs int64 or float64; convert text with to_numeric(...)");
    }
    // pandas: clipping int64 at a fractional bound gives float64.
    boolean fractionalBound = (lower != null && lower % 1 != 0) || (upper != null && upper % 1 != 0);
    return op == NumericFunctionOp.CLIP && fractionalBound ? DType.FLOAT64 : in;
  }

  @Override
  public Evaluator compile(FrameSchema schema) {
    boolean integral = type(schema) == DType.INT64;
    boolean integralInput = input.type(schema) == DType.INT64;
    Evaluator value = input.compile(schema);
    NumericFunctionOp function = op;
    double scale = Math.pow(10, decimals);
    double low = lower == null ? Double.NEGATIVE_INFINITY : lower;
    double high = upper == null ? Double.POSITIVE_INFINITY : upper;
    return row -> {
      Object v = value.eval(row);
      if (v == null) {
        return null;
      }
      if (integral) {
        long x = (Long) v;
        return switch (function) {
          case ABS -> Math.abs(x);
          case ROUND -> decimals >= 0 ? x : (long) (Math.rint(x * scale) / scale);
          case CLIP -> (long) Math.max(low, Math.min(high, x));
        };
      }
      double x = integralInput ? (double) (Long) v : (Double) v;
      return switch (function) {
        case ABS -> Math.abs(x);
        case ROUND -> Math.rint(x * scale) / scale;
        case CLIP -> Math.max(low, Math.min(high, x));
      };
    };
  }

  @Override
  public Set<String> columns() {
    return input.columns();
  }

  @Override
  public String toString() {
    return switch (op) {
      case ABS -> input + ".abs()";
      case ROUND -> input + ".round(" + decimals + ")";
      case CLIP -> input + ".clip(" + lower + ", " + upper + ")";
    };
  }
}
