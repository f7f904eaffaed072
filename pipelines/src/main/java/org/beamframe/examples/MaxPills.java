package org.beamframe.examples;

import static org.beamframe.expr.Expressions.col;

import org.beamframe.DataFrame;
import org.beamframe.LazyScalar;

/** The course's second query: the largest number of tablets in one shipment. */
public final class MaxPills {
  private MaxPills() {}

  /** {@code df[df["Measure"] == "TAB"]["DOSAGE_UNIT"].max()}, lazily, over {@link ArcosData#read}'s frame. */
  public static LazyScalar largestTabletShipment(DataFrame shipments) {
    return shipments.filter(col("Measure").eq("TAB")).col("DOSAGE_UNIT").max();
  }
}
