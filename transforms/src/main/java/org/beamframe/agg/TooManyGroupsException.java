package org.beamframe.agg;

/**
 * One worker's table alone holds more groups than the result may have rows, so the result is too
 * large: thrown as soon as that happens, long before the run would end.
 */
public final class TooManyGroupsException extends RuntimeException {
  /** The most groups the result may have. */
  private final long limit;

  /**
   * An error for a result limited to {@code limit} rows.
   *
   * @param limit the most groups (rows) the result may have
   */
  public TooManyGroupsException(long limit) {
    super("one worker's table holds more than " + limit + " groups, the most rows the result may have");
    this.limit = limit;
  }

  /**
   * The most groups the result may have.
   *
   * @return the limit the table went past
   */
  public long limit() {
    return limit;
  }
}
