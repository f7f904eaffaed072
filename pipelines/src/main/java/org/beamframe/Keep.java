package org.beamframe;

/** pandas' {@code drop_duplicates(keep=...)}: which of a set of duplicate rows stays. */
public enum Keep {
  /** The first in file order ({@code keep="first"}, pandas' default). */
  FIRST,
  /** The last in file order ({@code keep="last"}). */
  LAST,
  /** None of them: only rows without a duplicate stay ({@code keep=False}). */
  NONE
}
