package org.beamframe.examples;

import static org.beamframe.expr.Expressions.col;
import static org.beamframe.expr.Expressions.toDatetime;
import static org.beamframe.expr.Expressions.toNumeric;

import org.beamframe.DataFrame;
import org.beamframe.expr.Errors;

/** The course's main query: grams of morphine equivalent shipped per year, state and county. */
public final class MorphineEquivalents {
  public static final String[] KEYS = {"year", "BUYER_STATE", "BUYER_COUNTY"};

  private MorphineEquivalents() {}

  /** The lazy result over {@code shipments} (see {@link ArcosData#read}): year, BUYER_STATE, BUYER_COUNTY, morphine_equivalent_g. */
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
