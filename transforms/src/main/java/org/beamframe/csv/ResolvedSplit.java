package org.beamframe.csv;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A split with the lexer's true state at its start and end offsets, so it can find its records alone.
 *
 * @param split the byte range
 * @param stateAtStart the {@link RecordBoundaries} lexer state at the split's start offset
 * @param stateAtEnd the lexer state at the split's end offset
 * @serial exclude
 */
public record ResolvedSplit(FileSplit split, int stateAtStart, int stateAtEnd) implements Serializable {

  /**
   * A whole file read as one split: it starts at the file's start and ends at its end.
   *
   * @param split a split that covers a whole file
   * @return the split, with {@link RecordBoundaries#RECORD_START} at both ends
   */
  public static ResolvedSplit wholeFile(FileSplit split) {
    return new ResolvedSplit(split, RecordBoundaries.RECORD_START, RecordBoundaries.RECORD_START);
  }

  /**
   * Composes the summaries of one file's splits from its first byte on: each split's true states.
   * If the file ends inside quotes, a stray quote makes the later states guesses, so the file is
   * returned as one whole-file split instead.
   *
   * @param summaries the summaries of all splits of one file, in any order
   * @return the resolved splits in offset order
   * @throws IllegalStateException if the splits do not cover the file from offset 0 without gaps
   */
  public static List<ResolvedSplit> resolve(List<SplitSummary> summaries) {
    List<SplitSummary> ordered = new ArrayList<>(summaries);
    ordered.sort(Comparator.comparingLong(summary -> summary.split().start()));
    List<ResolvedSplit> resolved = new ArrayList<>(ordered.size());
    int state = RecordBoundaries.RECORD_START;
    long expectedStart = 0;
    for (SplitSummary summary : ordered) {
      if (summary.split().start() != expectedStart) {
        throw new IllegalStateException("the splits of " + summary.split().file() + " do not cover it: expected one "
            + "starting at " + expectedStart + ", got " + summary.split());
      }
      int atStart = state;
      state = summary.endStates()[state];
      resolved.add(new ResolvedSplit(summary.split(), atStart, state));
      expectedStart = summary.split().end();
    }
    if (state == RecordBoundaries.QUOTED && !resolved.isEmpty()) {
      // The file ends inside quotes: a stray quote makes every later split's state a guess, so
      // the file is read in one split, where a lenient read skips the bad record and goes on.
      FileSplit first = resolved.get(0).split();
      return List.of(wholeFile(new FileSplit(first.file(), 0, expectedStart)));
    }
    return resolved;
  }

  /** The split as {@link FileSplit#toString()} prints it. */
  @Override
  public String toString() {
    return split.toString();
  }
}
