package org.beamframe.expr;

/** A value that a conversion with {@link Errors#RAISE} could not convert. */
public final class ValueConversionException extends RuntimeException {
  private final Object value;

  public ValueConversionException(String expression, Object value, String reason, String fix) {
    super(expression + ": cannot convert " + quote(value) + ": " + reason + "; " + fix);
    this.value = value;
  }

  public Object value() {
    return value;
  }

  private static String quote(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
