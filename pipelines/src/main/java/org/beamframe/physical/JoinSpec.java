package org.beamframe.physical;

import java.util.List;
import org.beamframe.plan.JoinHow;
import org.beamframe.types.FrameSchema;

/**
 * What a merge computes, whatever the strategy: its keys, its kind and its output columns (pandas' suffixes applied).
 *
 * @param on the key columns
 * @param how inner or left
 * @param output the merged rows' schema: the left columns, then the right's non-key columns
 */
public record JoinSpec(List<String> on, JoinHow how, FrameSchema output) {
  /**
   * Copies {@code on}.
   *
   * @param on the key columns
   * @param how inner or left
   * @param output the merged rows' schema
   * @throws NullPointerException if {@code on} or one of its names is null
   */
  public JoinSpec {
    on = List.copyOf(on);
  }

  /**
   * The keys and kind, as explain prints them.
   *
   * @return e.g. {@code on [k] (left)}
   */
  @Override
  public String toString() {
    return "on " + on + " (" + how + ")";
  }
}
