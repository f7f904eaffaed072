package org.beamframe;

import static org.beamframe.PandasSurfaceTest.assertTable;
import static org.beamframe.expr.Expressions.col;
import static org.beamframe.expr.Expressions.lit;
import static org.beamframe.expr.Expressions.toDatetime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.expr.Expr;
import org.beamframe.types.SortKey;
import org.junit.jupiter.api.Test;

/**
 * The pandas a first week on public files needs, through the Java API, on testdata/query/events.csv
 * (ISO 8601 times in every form, unpadded US and day-first dates, a float64 key, a column name with
 * spaces); each expected table was computed by pandas (testdata/reference/pandas_query_fixtures.py).
 */
class PandasOnRealFilesTest {
  private static final Path QUERY = Path.of("..", "testdata", "query");
  private static final Map<String, String> DTYPES = Map.of("id", "int64", "airport", "object", "reported", "object",
      "us_date", "object", "eu_date", "object", "temp", "float64", "Cost Total $", "float64", "qty", "int64",
      "factor", "float64");

  private static DataFrame events() {
    return BeamFrame.readCsv(QUERY.resolve("events.csv").toString(), CsvReadOptions.defaults().withDtypes(DTYPES));
  }

  @Test
  void iso8601WithoutAFormatAsPandas() throws IOException {
    Expr t = toDatetime(col("reported"));
    Expr u = toDatetime(col("reported"), "ISO8601");
    assertTable("iso_dates", events()
        .assign("year", t.dt().year()).assign("month", t.dt().month()).assign("day", t.dt().day())
        .assign("hour", u.dt().hour()).assign("minute", u.dt().minute()).assign("second", u.dt().second())
        .assign("us", u.dt().microsecond()).assign("ns", u.dt().nanosecond())
        .select("id", "year", "month", "day", "hour", "minute", "second", "us", "ns")
        .sortValues(SortKey.ascending("id")).compute());
  }

  @Test
  void unpaddedMonthFirstAndDayFirstDatesAsPandas() throws IOException {
    Expr us = toDatetime(col("us_date"), "%m/%d/%Y");
    Expr eu = toDatetime(col("eu_date"), "%d/%m/%Y");
    assertTable("unpadded_dates", events()
        .assign("us_year", us.dt().year()).assign("us_month", us.dt().month()).assign("us_day", us.dt().day())
        .assign("eu_year", eu.dt().year()).assign("eu_month", eu.dt().month()).assign("eu_day", eu.dt().day())
        .select("id", "us_year", "us_month", "us_day", "eu_year", "eu_month", "eu_day")
        .sortValues(SortKey.ascending("id")).compute());
  }

  @Test
  void groupByAFloat64KeyAsPandas() throws IOException {
    assertTable("float_keys", events().groupby("temp").agg(AggSpec.of(AggFunction.SIZE, "qty").as("n"),
        AggSpec.sum("Cost Total $").as("cost"), AggSpec.max("Cost Total $").as("big cost"), AggSpec.sum("qty").as("pieces"))
        .compute());
    assertTable("float_keys_keep_null", events().groupbyKeepingNullKeys("temp")
        .agg(AggSpec.of(AggFunction.SIZE, "qty").as("n"), AggSpec.sum("qty").as("pieces")).compute());
  }

  @Test
  void floorDivisionModuloAndPowerAsPandas() throws IOException {
    Expr qty = col("qty");
    assertTable("operators", events()
        .assign("m", qty.mod(3)).assign("fd", qty.floordiv(3)).assign("p", qty.pow(2))
        .assign("mn", qty.mod(-3)).assign("fdn", qty.floordiv(-3)).assign("fm", col("temp").mod(2))
        .assign("ffd", col("temp").floordiv(2)).assign("fp", col("factor").pow(0.5))
        .assign("mixed", qty.pow(2).mod(7).mul(-1).floordiv(2))
        .assign("tower", lit(2L).pow(qty.clip(0.0, 3.0).pow(2)))
        .select("id", "m", "fd", "p", "mn", "fdn", "fm", "ffd", "fp", "mixed", "tower")
        .sortValues(SortKey.ascending("id")).compute());
  }

  @Test
  void queryVariablesAsPandasLocals() throws IOException {
    assertTable("query_params", events()
        .query("qty > @low and airport in @names and not `Cost Total $` > @cap",
            Map.of("low", 2, "names", List.of("Denver Intl", "O'Hare"), "cap", 1000.5))
        .select("id", "airport", "qty").sortValues(SortKey.ascending("id")).compute());
  }
}
