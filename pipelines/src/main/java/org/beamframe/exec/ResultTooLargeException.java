package org.beamframe.exec;

/** A result larger than {@link ResultLimits} allows {@code compute()} to bring back. */
public final class ResultTooLargeException extends RuntimeException {
  private final String exceeded;

  public ResultTooLargeException(String message, String exceeded) {
    super(message);
    this.exceeded = exceeded;
  }

  /** Which limit the result passed, e.g. "100000 rows". */
  public String exceeded() {
    return exceeded;
  }
}
