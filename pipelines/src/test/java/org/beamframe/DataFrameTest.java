package org.beamframe;

import static org.beamframe.expr.Expressions.col;
import static org.beamframe.expr.Expressions.lit;
import static org.beamframe.expr.Expressions.toNumeric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beamframe.agg.AggSpec;
import org.beamframe.expr.Errors;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.ColumnNotFoundException;
import org.beamframe.types.DType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade builds and checks plans without running anything: no runner is involved here. */
class DataFrameTest {
  @TempDir Path dir;
  private Path file;
  private DataFrame df;

  @BeforeEach
  void shipments() throws IOException {
    file = Files.writeString(dir.resolve("shipments.csv"),
        "BUYER_STATE,BUYER_COUNTY,CALC_BASE_WT_IN_GM,MME_Conversion_Factor\nOH,SCIOTO,2.5,1.5\nWV,CABELL,1.0,unk\n");
    df = BeamFrame.readCsv(file.toString());
  }

  @Test
  void readingInfersTheSchemaFromTheHeaderAndASample() {
    assertEquals(List.of("BUYER_STATE", "BUYER_COUNTY", "CALC_BASE_WT_IN_GM", "MME_Conversion_Factor"), df.columns());
    assertEquals(DType.FLOAT64, df.dtype("CALC_BASE_WT_IN_GM"));
    assertEquals(DType.OBJECT, df.dtype("MME_Conversion_Factor"));
  }

  @Test
  void anUnknownColumnFailsAtTheCallThatNamesIt() {
    String columns = " columns are [BUYER_STATE, BUYER_COUNTY, CALC_BASE_WT_IN_GM, MME_Conversion_Factor]";
    ColumnNotFoundException assign = assertThrows(ColumnNotFoundException.class,
        () -> df.assign("x", col("BUYER_CNTY").isnull()));
    assertEquals("column \"BUYER_CNTY\" not found; did you mean BUYER_COUNTY?" + columns, assign.getMessage());
    assertThrows(ColumnNotFoundException.class, () -> df.select("BUYER_STATE", "year"));
    assertThrows(ColumnNotFoundException.class, () -> df.col("DOSAGE_UNIT"));
    assertThrows(ColumnNotFoundException.class, () -> df.groupby("year"));
    assertThrows(ColumnNotFoundException.class, () -> df.filter(col("Measure").eq("TAB")));
  }

  @Test
  void aTypeErrorFailsAtTheCallThatIntroducesIt() {
    ExprTypeException e = assertThrows(ExprTypeException.class,
        () -> df.assign("g", col("CALC_BASE_WT_IN_GM").mul(col("MME_Conversion_Factor"))));
    assertEquals("cannot apply * to CALC_BASE_WT_IN_GM (float64) and MME_Conversion_Factor (object): arithmetic "
        + "needs int64 or float64 operands; convert text with toNumeric(...)", e.getMessage());
    ExprTypeException filter = assertThrows(ExprTypeException.class, () -> df.filter(col("CALC_BASE_WT_IN_GM")));
    assertEquals("a filter needs a bool expression, but CALC_BASE_WT_IN_GM is float64; compare it, e.g. "
        + "CALC_BASE_WT_IN_GM == value", filter.getMessage());
    assertThrows(IllegalArgumentException.class, () -> df.groupby("BUYER_STATE").col("BUYER_COUNTY").sum());
  }

  @Test
  void everyCallReturnsANewFrameAndLeavesItsInputAlone() {
    DataFrame converted = df.assign("MME_Conversion_Factor", toNumeric(col("MME_Conversion_Factor"), Errors.COERCE));
    DataFrame withProduct = converted.assign("g", col("CALC_BASE_WT_IN_GM").mul(col("MME_Conversion_Factor")));
    DataFrame other = converted.filter(col("BUYER_STATE").eq(lit("OH")));
    assertEquals(DType.OBJECT, df.dtype("MME_Conversion_Factor"));
    assertEquals(DType.FLOAT64, converted.dtype("MME_Conversion_Factor"));
    assertEquals(5, withProduct.columns().size());
    assertEquals(4, other.columns().size());
    assertSame(df, df.select("BUYER_STATE", "BUYER_COUNTY", "CALC_BASE_WT_IN_GM", "MME_Conversion_Factor"));
  }

  @Test
  void groupbyResultsHaveKeysFirstThenNamedAggregations() {
    DataFrame result = df.groupby("BUYER_STATE", "BUYER_COUNTY")
        .agg(AggSpec.sum("CALC_BASE_WT_IN_GM").as("grams"), AggSpec.count("MME_Conversion_Factor").as("n"));
    assertEquals(List.of("BUYER_STATE", "BUYER_COUNTY", "grams", "n"), result.columns());
    assertEquals(DType.INT64, result.dtype("n"));
    assertEquals(DType.FLOAT64, df.col("CALC_BASE_WT_IN_GM").max().dtype());
  }

  @Test
  void printingShowsStructureAndPlanWithoutRunning() throws IOException {
    // A value no read could parse: printing must not notice, because it reads no data.
    Files.writeString(file, "WV,CABELL,lots,1\n", java.nio.file.StandardOpenOption.APPEND);
    DataFrame lazy = df.filter(col("BUYER_STATE").eq("OH")).select("BUYER_COUNTY", "CALC_BASE_WT_IN_GM");
    assertEquals("BeamFrame DataFrame (lazy: call compute() to run)\n"
        + "columns (2):\n"
        + "  BUYER_COUNTY  object\n"
        + "  CALC_BASE_WT_IN_GM  float64\n"
        + "input: " + file + " (1 file) in 1 split\n"
        + "plan:\n"
        + "Select [BUYER_COUNTY, CALC_BASE_WT_IN_GM]\n"
        + "  -> BUYER_COUNTY: object, CALC_BASE_WT_IN_GM: float64\n"
        + "  Filter (BUYER_STATE == 'OH')\n"
        + "    -> BUYER_STATE: object, BUYER_COUNTY: object, CALC_BASE_WT_IN_GM: float64, MME_Conversion_Factor: object\n"
        + "    ReadCsv " + file + " (1 file) parses 4 of 4 columns\n"
        + "      -> BUYER_STATE: object, BUYER_COUNTY: object, CALC_BASE_WT_IN_GM: float64, MME_Conversion_Factor: object",
        lazy.toString());
  }
}
