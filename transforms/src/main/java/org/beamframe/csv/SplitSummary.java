package org.beamframe.csv;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A split with its lexer summary: {@code endStates[s]} is the state at its end if it starts in state s.
 * Equal by content, array included: Beam's {@code SerializableCoder} takes {@code equals} for its
 * structural value, so equal encodings must be equal summaries (or the runner's checks warn).
 *
 * @param split the byte range scanned
 * @param endStates for each lexer state {@code s} at the split's start, the state at its end; one
 *     entry per state ({@link RecordBoundaries#STATES}), as {@link RecordBoundaries#summarize} returns
 * @serial exclude
 */
public record SplitSummary(FileSplit split, int[] endStates) implements Serializable {
  /** Equal to a summary of an equal split with equal end states. */
  @Override
  public boolean equals(Object other) {
    return other instanceof SplitSummary that && split.equals(that.split) && Arrays.equals(endStates, that.endStates);
  }

  /** A hash of the split and the end states' contents. */
  @Override
  public int hashCode() {
    return Objects.hash(split, Arrays.hashCode(endStates));
  }

  /** The split and its end states, e.g. {@code a.csv[0, 100) -> [0, 0, 0, 3, 0]}. */
  @Override
  public String toString() {
    return split + " -> " + Arrays.toString(endStates);
  }
}
