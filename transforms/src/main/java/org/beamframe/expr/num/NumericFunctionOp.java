package org.beamframe.expr.num;

import java.util.Locale;

/** The one-column numeric functions: {@code abs()}, {@code round(n)}, {@code clip(lower, upper)}. */
public enum NumericFunctionOp {
  ABS,
  ROUND,
  CLIP;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
