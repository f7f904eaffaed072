package org.beamframe.physical;

import java.util.List;
import org.beamframe.plan.JoinHow;
import org.beamframe.types.FrameSchema;

/** What a merge computes, whatever the strategy: its keys, its kind and its output columns (pandas' suffixes applied). */
public record JoinSpec(List<String> on, JoinHow how, FrameSchema output) {
  public JoinSpec {
    on = List.copyOf(on);
  }

  @Override
  public String toString() {
    return "on " + on + " (" + how + ")";
  }
}
