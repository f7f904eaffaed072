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
  LEFT;

  /**
   * pandas' name of this kind, as explain prints it.
   *
   * @return {@code "inner"} or {@code "left"}
   */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
