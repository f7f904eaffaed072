package org.beamframe.plan;

import java.util.Locale;

/** pandas' {@code merge(how=...)} kinds BeamFrame has. */
public enum JoinHow {
  INNER,
  LEFT;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
