package org.beamframe.expr;

/**
 * A value that a conversion with {@link Errors#RAISE} could not convert. It is thrown on a worker
 * while rows are evaluated and fails the run; the message reads
 * {@code <expression>: cannot convert "<value>": <reason>; <fix>}.
 */
public final class ValueConversionException extends RuntimeException {
  /** The value that could not be converted. */
  private final Object value;

  /**
   * Creates the exception and its message.
   *
   * @param expression the conversion, as it prints (e.g. {@code to_numeric(x, errors='raise')})
   * @param value the value that could not be converted; may be null (a missing value for int64)
   * @param reason why it could not be converted
   * @param fix what the user can do about it
   */
  public ValueConversionException(String expression, Object value, String reason, String fix) {
    this(expression, value, reason, fix, null);
  }

  /**
   * Creates the exception, its message, and the exception behind it (a user function's, whose stack
   * trace points into the user's code).
   *
   * @param expression the conversion, as it prints
   * @param value the value that could not be converted; may be null; must be serializable, as a
   *     runner ships a worker's exception to the client
   * @param reason why it could not be converted
   * @param fix what the user can do about it
   * @param cause the exception behind it, or null
   */
  public ValueConversionException(String expression, Object value, String reason, String fix, Throwable cause) {
    super(expression + ": cannot convert " + quote(value) + ": " + reason + "; " + fix, cause);
    this.value = value;
  }

  /**
   * The value that could not be converted.
   *
   * @return the value as the conversion received it, or null for a missing value
   */
  public Object value() {
    return value;
  }

  private static String quote(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
