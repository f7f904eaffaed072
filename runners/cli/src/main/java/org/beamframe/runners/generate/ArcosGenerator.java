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
 * "-", "unk", empty), empty BUYER_COUNTY, and measures other than TAB. Its cardinalities are the
 * real file's: every county of the 50 states and DC (3,142; rows spread over a state's counties
 * with a Zipf-like skew, so small counties still appear), the years 2006-2014, 60,000 buyers each
 * in one county, and a unique TRANSACTION_ID per row. Streams: memory does not grow with the row count.
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
  /** Distinct buyers (BUYER_DEA_NO), spread over the counties by their share of rows. */
  static final int BUYERS = 60_000;
  /** How steeply rows concentrate on a state's first counties: the k-th gets weight 1 / k^SKEW. */
  private static final double SKEW = 0.8;
  private static final int FIRST_YEAR = 2006;
  private static final int YEARS = 9;
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
  private final List<UsCounties.County> counties = UsCounties.all();
  /** Cumulative row share of each county, for drawing one by binary search. */
  private final double[] cumulative = new double[counties.size()];
  /** The first buyer of each county and how many it has. */
  private final int[] firstBuyer = new int[counties.size()];
  private final int[] buyers = new int[counties.size()];

  public ArcosGenerator(long seed) {
    this.random = new SplittableRandom(seed);
    // A state's share of rows follows its number of counties; within it, county k weighs 1 / k^SKEW.
    double[] weights = new double[counties.size()];
    double total = 0;
    int rank = 0;
    for (int i = 0; i < counties.size(); i++) {
      rank = i > 0 && counties.get(i).state().equals(counties.get(i - 1).state()) ? rank + 1 : 1;
      weights[i] = 1 / Math.pow(rank, SKEW);
    }
    int start = 0;
    while (start < counties.size()) {
      int end = start;
      double stateWeight = 0;
      while (end < counties.size() && counties.get(end).state().equals(counties.get(start).state())) {
        stateWeight += weights[end++];
      }
      for (int i = start; i < end; i++) {
        weights[i] = weights[i] / stateWeight * (end - start);
        total += weights[i];
      }
      start = end;
    }
    double running = 0;
    int buyer = 0;
    for (int i = 0; i < counties.size(); i++) {
      running += weights[i];
      cumulative[i] = running / total;
      firstBuyer[i] = buyer;
      buyers[i] = Math.max(1, (int) Math.round(BUYERS * weights[i] / total));
      buyer += buyers[i];
    }
  }

  private int county() {
    int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(index < 0 ? -index - 1 : index, counties.size() - 1);
  }

  /** A DEA-number-like id, distinct for every buyer: 7919 is coprime with 10^7. */
  private static String buyerNumber(int buyer) {
    return String.format(Locale.ROOT, "B%07d", (buyer * 7919L + 1_234_567L) % 10_000_000L);
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
    int county = county();
    UsCounties.County place = counties.get(county);
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
    row.add(buyerNumber(firstBuyer[county] + random.nextInt(buyers[county])));
    row.add(BUYER_ACTIVITIES[random.nextInt(BUYER_ACTIVITIES.length)]);
    row.add(BUYER_NAMES[random.nextInt(BUYER_NAMES.length)]);
    row.add(sometimes(0.15, "C/O " + BUYER_NAMES[random.nextInt(BUYER_NAMES.length)]));
    row.add((1 + random.nextInt(999)) + " MAIN ST");
    row.add(sometimes(0.1, "UNIT " + (1 + random.nextInt(20))));
    row.add("SPRINGFIELD");
    row.add(place.state());
    row.add(digits(5));
    row.add(random.nextDouble() < 0.03 ? "" : place.name());
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
    int year = FIRST_YEAR + random.nextInt(YEARS);
    row.add(Integer.toString(month * 1_000_000 + day * 10_000 + year));
    row.add(random.nextDouble() < 0.01 ? "" : String.format(Locale.ROOT, "%.6f", 0.05 + random.nextDouble() * 40));
    row.add(dosage());
    row.add(Long.toString(index + 1));
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
