package org.beamframe.csv;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A split with its lexer summary: {@code endStates[s]} is the state at its end if it starts in state s.
 * Equal by content, array included: Beam's {@code SerializableCoder} takes {@code equals} for its
 * structural value, so equal encodings must be equal summaries (or the runner's checks warn).
 */
public record SplitSummary(FileSplit split, int[] endStates) implements Serializable {
  @Override
  public boolean equals(Object other) {
    return other instanceof SplitSummary that && split.equals(that.split) && Arrays.equals(endStates, that.endStates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(split, Arrays.hashCode(endStates));
  }

  @Override
  public String toString() {
    return split + " -> " + Arrays.toString(endStates);
  }
}
