package org.beamframe.expr;

/**
 * Counts, per thread, the values a conversion with {@link Errors#COERCE} turned into null, so the
 * step that runs the expressions can report them (as a Beam counter) without the expression
 * language knowing Beam. A step drains the count before and after the work it reports on.
 */
public final class Coercions {
  private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

  private Coercions() {}

  /** One more value coerced to null on this thread. */
  public static void countOne() {
    COUNT.get()[0]++;
  }

  /**
   * The values coerced on this thread since the last drain; resets the count.
   *
   * @return the number of values turned into null since the previous call on this thread
   */
  public static long drain() {
    long[] count = COUNT.get();
    long coerced = count[0];
    count[0] = 0;
    return coerced;
  }
}
