package org.beamframe.csv;

import java.io.Serializable;

/** A split with its lexer summary: {@code endStates[s]} is the state at its end if it starts in state s. */
public record SplitSummary(FileSplit split, int[] endStates) implements Serializable {}
