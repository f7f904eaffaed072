package org.beamframe.examples;

import static org.beamframe.expr.Expressions.col;

import org.beamframe.LazyScalar;

/** The course's second query: the largest number of tablets in one shipment. */
public final class MaxPills {
  private MaxPills() {}

  /** {@code df[df["Measure"] == "TAB"]["DOSAGE_UNIT"].max()}, lazily. */
  public static LazyScalar largestTabletShipment(String input) {
    return ArcosData.read(input).filter(col("Measure").eq("TAB")).col("DOSAGE_UNIT").max();
  }
}
