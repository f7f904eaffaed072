package org.beamframe.examples;

import java.util.Map;
import org.beamframe.BeamFrame;
import org.beamframe.DataFrame;
import org.beamframe.csv.CsvReadOptions;

/**
 * How the course reads the Washington Post ARCOS shipments file: pandas' {@code dd.read_csv} with
 * the course's {@code dtype=} map. The frame feeds {@link MorphineEquivalents} and {@link MaxPills}.
 */
public final class ArcosData {
  /**
   * The dtypes the dask course declares, plus CALC_BASE_WT_IN_GM and DOSAGE_UNIT: a sample of the
   * first rows can show them as whole numbers while later rows have fractions, so they are declared
   * rather than inferred.
   */
  public static final Map<String, String> DTYPES = Map.ofEntries(
      Map.entry("ACTION_INDICATOR", "object"),
      Map.entry("ORDER_FORM_NO", "object"),
      Map.entry("REPORTER_ADDRESS2", "object"),
      Map.entry("REPORTER_ADDL_CO_INFO", "object"),
      Map.entry("BUYER_ADDL_CO_INFO", "object"),
      Map.entry("BUYER_ADDRESS2", "object"),
      Map.entry("NDC_NO", "object"),
      Map.entry("UNIT", "object"),
      Map.entry("STRENGTH", "float64"),
      Map.entry("BUYER_ZIP", "object"),
      Map.entry("DRUG_CODE", "object"),
      Map.entry("MME_Conversion_Factor", "object"),
      Map.entry("QUANTITY", "object"),
      Map.entry("TRANSACTION_DATE", "float64"),
      Map.entry("TRANSACTION_ID", "float64"),
      Map.entry("dos_str", "object"),
      Map.entry("CALC_BASE_WT_IN_GM", "float64"),
      Map.entry("DOSAGE_UNIT", "float64"));

  private ArcosData() {}

  /**
   * {@code dd.read_csv(input, dtype=DTYPES)}.
   *
   * @param input the shipments file or a glob of files, as any path Beam's {@code FileSystems} know
   * @return the lazy frame of the shipments; reads the header and a sample now, no data
   * @throws IllegalArgumentException if no file matches, or the header lacks a column of {@link #DTYPES}
   */
  public static DataFrame read(String input) {
    return read(input, CsvReadOptions.defaults());
  }

  /**
   * The same with other read options (separator, split size, ...); the course's dtypes are added to them.
   *
   * @param input the shipments file or a glob of files, as any path Beam's {@code FileSystems} know
   * @param options the read options to start from
   * @return the lazy frame of the shipments; reads the header and a sample now, no data
   * @throws IllegalArgumentException if no file matches, or the header lacks a column of {@link #DTYPES}
   */
  public static DataFrame read(String input, CsvReadOptions options) {
    return BeamFrame.readCsv(input, options.withDtypes(DTYPES));
  }
}
