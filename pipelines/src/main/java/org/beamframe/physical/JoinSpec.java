package org.beamframe.physical;

import org.beamframe.plan.JoinColumns;
import org.beamframe.plan.JoinHow;
import org.beamframe.types.FrameSchema;

/**
 * What a merge computes, whatever the strategy: its keys, its kind and its output columns (pandas' suffixes applied).
 *
 * @param columns the keys of both sides and the suffixes
 * @param how inner, left, right or outer
 * @param output the merged rows' schema: the left columns, then the right's kept columns
 */
public record JoinSpec(JoinColumns columns, JoinHow how, FrameSchema output) {
  /**
   * The keys and kind, as explain prints them.
   *
   * @return e.g. {@code on [k] (left)}
   */
  @Override
  public String toString() {
    return columns + " (" + how + ")";
  }
}
