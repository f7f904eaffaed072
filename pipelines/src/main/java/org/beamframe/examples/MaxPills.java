package org.beamframe.examples;

import static org.beamframe.expr.Expressions.col;

import org.beamframe.DataFrame;
import org.beamframe.LazyScalar;

/**
 * The course's second query: the largest number of tablets in one shipment.
 *
 * <pre>{@code
 * Object pills = MaxPills.largestTabletShipment(ArcosData.read("arcos.csv")).compute();
 * }</pre>
 */
public final class MaxPills {
  private MaxPills() {}

  /**
   * {@code df[df["Measure"] == "TAB"]["DOSAGE_UNIT"].max()}, lazily, over {@link ArcosData#read}'s frame.
   *
   * @param shipments a frame with the columns {@code Measure} (object) and {@code DOSAGE_UNIT}
   * @return the lazy maximum, of DOSAGE_UNIT's dtype; missing when no row is a tablet shipment
   */
  public static LazyScalar largestTabletShipment(DataFrame shipments) {
    return shipments.filter(col("Measure").eq("TAB")).col("DOSAGE_UNIT").max();
  }
}
