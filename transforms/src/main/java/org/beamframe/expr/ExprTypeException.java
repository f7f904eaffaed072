package org.beamframe.expr;

/**
 * An expression that does not type-check against the columns it is applied to, e.g. arithmetic on
 * text or a comparison of a datetime with a number. It is thrown when the expression is given to a
 * frame or step (before anything runs); the message names the operand, its dtype and the fix.
 */
public final class ExprTypeException extends IllegalArgumentException {
  /**
   * Creates the exception.
   *
   * @param message what does not fit, naming the operand and its dtype, and what would
   */
  public ExprTypeException(String message) {
    super(message);
  }
}
