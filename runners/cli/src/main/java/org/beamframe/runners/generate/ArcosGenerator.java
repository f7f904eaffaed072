package org.beamframe.runners.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes synthetic rows shaped like the Washington Post ARCOS file, deterministically for a seed,
 * with its traps: RFC 4180 quoting (names with commas and doubled quotes), many empty optional
 * fields, MMDDYYYY dates that lost their leading zero, junk MME conversion factors ("null", "n/a",
 * "-", "unk", empty), empty BUYER_COUNTY, and measures other than TAB. Streams: memory does not grow
 * with the row count.
 */
public final class ArcosGenerator {
  public static final List<String> COLUMNS = List.of(
      "REPORTER_DEA_NO", "REPORTER_BUS_ACT", "REPORTER_NAME", "REPORTER_ADDL_CO_INFO", "REPORTER_ADDRESS1",
      "REPORTER_ADDRESS2", "REPORTER_CITY", "REPORTER_STATE", "REPORTER_ZIP", "REPORTER_COUNTY",
      "BUYER_DEA_NO", "BUYER_BUS_ACT", "BUYER_NAME", "BUYER_ADDL_CO_INFO", "BUYER_ADDRESS1",
      "BUYER_ADDRESS2", "BUYER_CITY", "BUYER_STATE", "BUYER_ZIP", "BUYER_COUNTY",
      "TRANSACTION_CODE", "DRUG_CODE", "NDC_NO", "DRUG_NAME", "QUANTITY", "UNIT",
      "ACTION_INDICATOR", "ORDER_FORM_NO", "CORRECTION_NO", "STRENGTH", "TRANSACTION_DATE",
      "CALC_BASE_WT_IN_GM", "DOSAGE_UNIT", "TRANSACTION_ID", "Product_Name", "Ingredient_Name", "Measure",
      "MME_Conversion_Factor", "Combined_Labeler_Name", "Revised_Company_Name", "Reporter_family", "dos_str");

  private static final String[] REPORTERS = {
      "MCKESSON CORPORATION", "CARDINAL HEALTH, INC.", "AMERISOURCEBERGEN DRUG CORP",
      "H. D. SMITH WHOLESALE DRUG CO", "BIG \"Q\" DRUG COMPANY, LLC"};
  private static final String[] FAMILIES = {
      "McKesson Corporation", "Cardinal Health", "AmerisourceBergen Drug", "H. D. Smith", "Big \"Q\" Drug"};
  private static final String[] BUYER_ACTIVITIES = {"RETAIL PHARMACY", "CHAIN PHARMACY", "PRACTITIONER"};
  private static final String[] BUYER_NAMES = {
      "SMITH'S \"FAMILY\" PHARMACY, INC", "RITE AID OF OHIO, INC.", "CVS PHARMACY", "KROGER PHARMACY",
      "MAIN STREET DRUGS", "DR. JONES, MD"};
  private static final String[][] STATES = {
      {"OH", "FRANKLIN", "CUYAHOGA", "HAMILTON", "SCIOTO", "LAWRENCE"},
      {"WV", "CABELL", "LOGAN", "MINGO", "WAYNE"},
      {"KY", "PIKE", "FLOYD", "PERRY"},
      {"VA", "LEE", "WISE"},
      {"PA", "ALLEGHENY", "PHILADELPHIA"},
      {"IA", "O'BRIEN", "POLK"}};
  private static final String[][] DRUGS = {
      // DRUG_NAME, DRUG_CODE, Product_Name, Ingredient_Name, dos_str, MME factor
      {"OXYCODONE", "9143", "OXYCODONE HCL - 10MG", "OXYCODONE HYDROCHLORIDE", "10.0", "1.5"},
      {"OXYCODONE", "9143", "OXYCONTIN - 80MG, EXTENDED RELEASE", "OXYCODONE HYDROCHLORIDE", "80.0", "1.5"},
      {"HYDROCODONE", "9193", "HYDROCODONE BIT/ACET 5MG/500MG", "HYDROCODONE BITARTRATE HEMIPENTAHYDRATE", "5.0", "1"},
      {"HYDROCODONE", "9193", "HYDROCODONE BIT/ACET 10MG/325MG", "HYDROCODONE BITARTRATE HEMIPENTAHYDRATE", "10.0", "1.0"}};
  private static final String[] LABELERS = {"Purdue Pharma LP", "Rhodes Pharmaceuticals, L.P.", "Actavis Pharma, Inc.", "Mallinckrodt"};
  private static final String[] JUNK_FACTORS = {"", "null", "n/a", "-", "unk"};
  private static final double[] DOSAGES = {30, 60, 100, 120, 500, 1000, 2500, 5000};

  private final SplittableRandom random;

  public ArcosGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Writes a header and {@code rows} data rows. */
  public void write(long rows, Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
    printer.printRecord(COLUMNS);
    for (long i = 0; i < rows; i++) {
      printer.printRecord(row(i));
    }
    printer.flush();
  }

  private List<String> row(long index) {
    int reporter = random.nextInt(REPORTERS.length);
    String[] state = STATES[random.nextInt(STATES.length)];
    String[] drug = DRUGS[random.nextInt(DRUGS.length)];
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add("R" + digits(7));
    row.add("DISTRIBUTOR");
    row.add(REPORTERS[reporter]);
    row.add(sometimes(0.1, "DBA " + REPORTERS[(reporter + 1) % REPORTERS.length]));
    row.add((100 + random.nextInt(9900)) + " INDUSTRIAL PKWY");
    row.add(sometimes(0.2, "SUITE " + (1 + random.nextInt(400))));
    row.add("COLUMBUS");
    row.add("OH");
    row.add("43" + digits(3));
    row.add("FRANKLIN");
    row.add("B" + digits(7));
    row.add(BUYER_ACTIVITIES[random.nextInt(BUYER_ACTIVITIES.length)]);
    row.add(BUYER_NAMES[random.nextInt(BUYER_NAMES.length)]);
    row.add(sometimes(0.15, "C/O " + BUYER_NAMES[random.nextInt(BUYER_NAMES.length)]));
    row.add((1 + random.nextInt(999)) + " MAIN ST");
    row.add(sometimes(0.1, "UNIT " + (1 + random.nextInt(20))));
    row.add("SPRINGFIELD");
    row.add(state[0]);
    row.add(digits(5));
    row.add(random.nextDouble() < 0.03 ? "" : state[1 + random.nextInt(state.length - 1)]);
    row.add("S");
    row.add(drug[1]);
    row.add("00" + digits(9));
    row.add(drug[0]);
    row.add((1 + random.nextInt(5)) + ".0");
    row.add("");
    row.add(sometimes(0.02, "A"));
    row.add(sometimes(0.5, digits(9)));
    row.add("");
    row.add(sometimes(0.3, drug[4]));
    // MMDDYYYY written as an integer: months 1-9 lose their leading zero, as in the real file.
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    int year = 2006 + random.nextInt(7);
    row.add(Integer.toString(month * 1_000_000 + day * 10_000 + year));
    row.add(random.nextDouble() < 0.01 ? "" : String.format(Locale.ROOT, "%.6f", 0.05 + random.nextDouble() * 40));
    row.add(dosage());
    row.add(Long.toString(index + 1 + random.nextInt(1000) * 100_000L));
    row.add(drug[2]);
    row.add(drug[3]);
    row.add(measure());
    row.add(random.nextDouble() < 0.1 ? JUNK_FACTORS[random.nextInt(JUNK_FACTORS.length)] : drug[5]);
    String labeler = LABELERS[random.nextInt(LABELERS.length)];
    row.add(labeler);
    row.add(labeler);
    row.add(FAMILIES[reporter]);
    row.add(drug[4]);
    return row;
  }

  private String dosage() {
    double draw = random.nextDouble();
    if (draw < 0.005) {
      return "";
    }
    if (draw < 0.05) {
      return String.format(Locale.ROOT, "%.1f", 0.5 + random.nextInt(400) / 2.0);
    }
    double value = DOSAGES[random.nextInt(DOSAGES.length)] * (1 + random.nextInt(10));
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private String measure() {
    double draw = random.nextDouble();
    return draw < 0.8 ? "TAB" : draw < 0.9 ? "CAP" : draw < 0.97 ? "ML" : "";
  }

  private String sometimes(double probability, String value) {
    return random.nextDouble() < probability ? value : "";
  }

  private String digits(int count) {
    StringBuilder text = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      text.append((char) ('0' + random.nextInt(10)));
    }
    return text.toString();
  }
}
