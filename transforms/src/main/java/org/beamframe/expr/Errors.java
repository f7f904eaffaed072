package org.beamframe.expr;

/** What a conversion does with a value it cannot convert, as pandas' {@code errors=} argument. */
public enum Errors {
  /** Fail the run with a message naming the value. */
  RAISE,
  /** Turn the value into null (NaN/NaT). */
  COERCE;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
