package org.beamframe.plan;

import java.util.Locale;

/** pandas' {@code merge(how=...)} kinds BeamFrame has. */
public enum JoinHow {
  /** Only left rows with a matching right row, once per match ({@code how="inner"}). */
  INNER,
  /**
   * Every left row, with the matching right rows' columns, or missing values where none matches
   * ({@code how="left"}).
   */
  LEFT,
  /**
   * Every right row, with the matching left rows' columns, or missing values where none matches
   * ({@code how="right"}); a key of one name holds the right row's value.
   */
  RIGHT,
  /** Every row of both sides, matched where keys are equal, missing values elsewhere ({@code how="outer"}). */
  OUTER;

  /**
   * Whether a left row without a match is kept.
   *
   * @return true for left and outer
   */
  public boolean keepsUnmatchedLeft() {
    return this == LEFT || this == OUTER;
  }

  /**
   * Whether a right row without a match is kept.
   *
   * @return true for right and outer
   */
  public boolean keepsUnmatchedRight() {
    return this == RIGHT || this == OUTER;
  }

  /**
   * pandas' name of this kind, as explain prints it.
   *
   * @return {@code "inner"}, {@code "left"}, {@code "right"} or {@code "outer"}
   */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
