package org.beamframe.expr;

/** An expression that does not type-check against the columns it is applied to. */
public final class ExprTypeException extends IllegalArgumentException {
  public ExprTypeException(String message) {
    super(message);
  }
}
