package org.beamframe.transforms;

/**
 * Names of the Beam counters the transforms keep, so a run can reconcile rows in and out. The CSV
 * read steps count in {@link #READ_NAMESPACE}, where rows_read = rows_out + rows_filtered +
 * rows_null_key + rows_rejected; steps after a read count filtered rows and missing keys in
 * {@link #NAMESPACE}.
 *
 * <pre>{@code
 * PipelineResult result = pipeline.run();
 * result.waitUntilFinish();
 * MetricQueryResults counters = result.metrics().queryMetrics(MetricsFilter.builder()
 *     .addNameFilter(MetricNameFilter.named(BeamFrameMetrics.READ_NAMESPACE, BeamFrameMetrics.ROWS_READ))
 *     .build());
 * }</pre>
 */
public final class BeamFrameMetrics {
  /**
   * The namespace of the counters of all other steps: row programs run after a read, group-bys
   * (missing keys, shuffle elements, early flushes) and the steps after a sorted group-by.
   */
  public static final String NAMESPACE = "beamframe";
  /** The namespace of the counters kept by CSV read steps, including reads fused with an aggregation. */
  public static final String READ_NAMESPACE = "beamframe.read";
  /** Bytes of CSV input whose records a read step has finished. */
  public static final String BYTES_READ = "bytes_read";
  /** Records read from CSV files. */
  public static final String ROWS_READ = "rows_read";
  /** Bad records a lenient read dropped (and, with a dead-letter file, wrote there). */
  public static final String ROWS_REJECTED = "rows_rejected";
  /** Rows the read step passed on: to its output, or into its aggregation. */
  public static final String ROWS_OUT = "rows_out";
  /** Values that toNumeric/toDatetime with errors=coerce turned into null. */
  public static final String VALUES_COERCED = "values_coerced";
  /** Elements a group-by hands to the shuffle: partial aggregates when pre-aggregated, else one per row. */
  public static final String SHUFFLE_ELEMENTS = "shuffle_elements";
  /** Times a worker's table of partial groups reached its budget and was handed to the shuffle early. */
  public static final String EARLY_FLUSHES = "early_flushes";
  /** Rows a filter did not keep. */
  public static final String ROWS_FILTERED = "rows_filtered";
  /** Rows a group-by dropped because a key was missing (pandas' {@code dropna=True}). */
  public static final String ROWS_NULL_KEY = "rows_null_key";

  private BeamFrameMetrics() {}
}
