package org.beamframe.exec;

/** A result larger than {@link ResultLimits} allows {@code compute()} to bring back. */
public final class ResultTooLargeException extends RuntimeException {
  /** Which limit the result passed, e.g. "100000 rows". */
  private final String exceeded;

  /**
   * A refusal; the message should say how to get the result instead (write it with {@code toCsv}, or
   * raise the limit).
   *
   * @param message the full message for the user
   * @param exceeded which limit was passed, e.g. {@code "100000 rows"}
   */
  public ResultTooLargeException(String message, String exceeded) {
    super(message);
    this.exceeded = exceeded;
  }

  /**
   * Which limit the result passed, e.g. "100000 rows".
   *
   * @return the limit passed, as a number and a unit ({@code rows} or {@code bytes})
   */
  public String exceeded() {
    return exceeded;
  }
}
