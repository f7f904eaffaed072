package org.beamframe.exec;

/**
 * How large a result {@code compute()} brings into this process before it refuses, in rows and encoded bytes.
 * A run fails with {@link ResultTooLargeException} as soon as one worker alone has seen more.
 *
 * @param maxRows the most rows a result may have, at least 1
 * @param maxBytes the most bytes its rows may take, encoded by Beam's {@code RowCoder}, at least 1
 * @serial exclude
 */
public record ResultLimits(long maxRows, long maxBytes) implements java.io.Serializable {
  /** 100,000 rows or 64 MiB: plenty for a table to look at; more should be written out. */
  public static final ResultLimits DEFAULT = new ResultLimits(100_000, 64L << 20);

  /**
   * Checks that both limits are positive.
   *
   * @param maxRows the most rows a result may have
   * @param maxBytes the most encoded bytes its rows may take
   * @throws IllegalArgumentException if either is below 1
   */
  public ResultLimits {
    if (maxRows < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("result limits must be positive, got " + maxRows + " rows, " + maxBytes + " bytes");
    }
  }

  ResultTooLargeException exceeded(String what) {
    return new ResultTooLargeException("the result has more than " + what + ", over compute()'s limit of " + maxRows
        + " rows or " + maxBytes + " bytes: a result this large belongs in files, not in this process; write it "
        + "with toCsv(path) instead, or raise the limit with Session.withResultLimits(...)", what);
  }
}
