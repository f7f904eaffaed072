package org.beamframe.expr.num;

import java.util.Locale;

/** The one-column numeric functions: {@code abs()}, {@code round(n)}, {@code clip(lower, upper)}. */
public enum NumericFunctionOp {
  /** {@code abs()}: the absolute value. */
  ABS,
  /** {@code round(n)}: rounding half to even at n decimals. */
  ROUND,
  /** {@code clip(lower, upper)}: the value limited to the bounds. */
  CLIP;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
