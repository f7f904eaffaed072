package org.beamframe.agg;

/**
 * One worker's table alone holds more groups than the result may have rows, so the result is too
 * large: thrown as soon as that happens, long before the run would end.
 */
public final class TooManyGroupsException extends RuntimeException {
  private final long limit;

  public TooManyGroupsException(long limit) {
    super("one worker's table holds more than " + limit + " groups, the most rows the result may have");
    this.limit = limit;
  }

  /** The most groups the result may have. */
  public long limit() {
    return limit;
  }
}
