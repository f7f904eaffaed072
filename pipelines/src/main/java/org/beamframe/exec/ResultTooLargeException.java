package org.beamframe.exec;

/** A result larger than {@link ResultLimits} allows {@code compute()} to bring back. */
public final class ResultTooLargeException extends RuntimeException {
  public ResultTooLargeException(String message) {
    super(message);
  }
}
