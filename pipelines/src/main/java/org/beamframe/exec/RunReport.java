package org.beamframe.exec;

/**
 * What a run's CSV reads did with every record: passed on, filtered out, dropped for a missing
 * group key, or rejected as bad. Nothing is lost silently: read = out + filtered + nullKey + rejected.
 * Also how many values errors=coerce turned into null, and how many elements group-bys handed to
 * the shuffle (partial aggregates, when they pre-aggregate).
 */
public record RunReport(long read, long out, long filtered, long nullKey, long rejected, long coerced, long shuffled) {

  public boolean reconciles() {
    return read == out + filtered + nullKey + rejected;
  }

  /** One line for people, e.g. for the command line's standard error. */
  public String summary() {
    return "rows: " + read + " read = " + out + " used + " + filtered + " filtered + " + nullKey
        + " with a missing group key + " + rejected + " rejected; " + coerced + " values coerced to null; "
        + shuffled + " elements into the shuffle";
  }

  @Override
  public String toString() {
    return summary();
  }
}
