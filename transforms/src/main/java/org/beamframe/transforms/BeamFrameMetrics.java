package org.beamframe.transforms;

/** Names of the Beam counters the transforms keep, so a run can reconcile rows in and out. */
public final class BeamFrameMetrics {
  public static final String NAMESPACE = "beamframe";
  /** Records read from CSV files. */
  public static final String ROWS_READ = "rows_read";
  /** Rows a filter did not keep. */
  public static final String ROWS_FILTERED = "rows_filtered";
  /** Rows a group-by dropped because a key was missing (pandas' {@code dropna=True}). */
  public static final String ROWS_NULL_KEY = "rows_null_key";

  private BeamFrameMetrics() {}
}
