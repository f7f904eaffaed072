package org.beamframe.exec;

/**
 * What a run's CSV reads did with every record: passed on, filtered out, dropped for a missing
 * group key, or rejected as bad. Nothing is lost silently: read = out + filtered + nullKey + rejected.
 * Also how many values errors=coerce turned into null, and how many elements group-bys handed to
 * the shuffle (partial aggregates, when they pre-aggregate).
 *
 * @param read records the CSV read steps read
 * @param out records the read steps passed on, to their output or into an aggregation fused with them
 * @param filtered records a filter fused into a read step dropped
 * @param nullKey records an aggregation fused into a read step dropped for a missing key
 * @param rejected bad records a lenient read skipped ({@code on_bad_lines="skip"})
 * @param coerced values {@code errors=coerce} turned into null, in any step
 * @param shuffled elements group-bys handed to the shuffle
 */
public record RunReport(long read, long out, long filtered, long nullKey, long rejected, long coerced, long shuffled) {

  /**
   * Whether every record read is accounted for.
   *
   * @return true if {@code read == out + filtered + nullKey + rejected}
   */
  public boolean reconciles() {
    return read == out + filtered + nullKey + rejected;
  }

  /**
   * One line for people, e.g. for the command line's standard error.
   *
   * @return e.g. {@code rows: 3000 read = 2915 used + 0 filtered + 85 with a missing group key + 0 rejected; ...}
   */
  public String summary() {
    return "rows: " + read + " read = " + out + " used + " + filtered + " filtered + " + nullKey
        + " with a missing group key + " + rejected + " rejected; " + coerced + " values coerced to null; "
        + shuffled + " elements into the shuffle";
  }

  /**
   * The same as {@link #summary()}.
   *
   * @return the one-line summary
   */
  @Override
  public String toString() {
    return summary();
  }
}
