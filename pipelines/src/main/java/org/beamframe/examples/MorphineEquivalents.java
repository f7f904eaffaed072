package org.beamframe.examples;

import static org.beamframe.expr.Expressions.col;
import static org.beamframe.expr.Expressions.toDatetime;
import static org.beamframe.expr.Expressions.toNumeric;

import org.beamframe.DataFrame;
import org.beamframe.expr.Errors;

/**
 * The course's main query: grams of morphine equivalent shipped per year, state and county.
 *
 * <p>Each shipment's {@code CALC_BASE_WT_IN_GM} times its {@code MME_Conversion_Factor} (a
 * factor that is not a number counts as missing, as {@code errors="coerce"}), summed by the year of
 * {@code TRANSACTION_DATE} ({@code %m%d%Y}), {@code BUYER_STATE} and {@code BUYER_COUNTY}; rows
 * with a missing key are dropped, as pandas' {@code groupby} does.
 *
 * <pre>{@code
 * DataFrame table = MorphineEquivalents.byCountyYear(ArcosData.read("arcos.csv"));
 * table.toCsv("morphine-by-county-year.csv", true);   // sorted by KEYS
 * }</pre>
 */
public final class MorphineEquivalents {
  /** The group keys, in order: the result's first columns and its sort order. */
  public static final String[] KEYS = {"year", "BUYER_STATE", "BUYER_COUNTY"};

  private MorphineEquivalents() {}

  /**
   * The lazy result over {@code shipments} (see {@link ArcosData#read}): year, BUYER_STATE, BUYER_COUNTY, morphine_equivalent_g.
   *
   * @param shipments a frame with the ARCOS columns TRANSACTION_DATE, MME_Conversion_Factor,
   *     CALC_BASE_WT_IN_GM, BUYER_STATE and BUYER_COUNTY, typed as {@link ArcosData#DTYPES} declares
   * @return the lazy table, one row per year, state and county; nothing has run
   * @throws IllegalArgumentException if a column is missing or of a dtype the expressions cannot take
   */
  public static DataFrame byCountyYear(DataFrame shipments) {
    DataFrame df = shipments;
    df = df.assign("date", toDatetime(col("TRANSACTION_DATE"), "%m%d%Y"));
    df = df.assign("year", col("date").dt().year());
    df = df.assign("MME_Conversion_Factor", toNumeric(col("MME_Conversion_Factor"), Errors.COERCE));
    df = df.assign("morphine_equivalent_g", col("CALC_BASE_WT_IN_GM").mul(col("MME_Conversion_Factor")));
    df = df.select("year", "morphine_equivalent_g", "BUYER_STATE", "BUYER_COUNTY");
    return df.groupby(KEYS).col("morphine_equivalent_g").sum();
  }
}
