package org.beamframe.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The benchmark's yardstick: the county-year query as one hand-written, single-threaded Java loop —
 * a byte-level RFC 4180 splitter that keeps only the five fields the query reads, and a map. No
 * Beam, no BeamFrame code. Usage: {@code HandWrittenArcos INPUT.csv OUTPUT.csv}.
 */
public final class HandWrittenArcos {
  private static final List<String> NEEDED =
      List.of("TRANSACTION_DATE", "CALC_BASE_WT_IN_GM", "MME_Conversion_Factor", "BUYER_STATE", "BUYER_COUNTY");
  private static final Set<String> NA = Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN",
      "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final DateTimeFormatter MMDDYYYY =
      DateTimeFormatter.ofPattern("MMdduuuu").withResolverStyle(ResolverStyle.STRICT);

  private HandWrittenArcos() {}

  public static void main(String[] args) throws IOException {
    Map<String, double[]> groups = new TreeMap<>();
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      int[] slot = null;
      String[] fields = new String[NEEDED.size()];
      StringBuilder field = new StringBuilder();
      List<String> header = new java.util.ArrayList<>();
      int column = 0;
      boolean quoted = false;
      boolean afterQuote = false;
      boolean fieldStart = true;
      byte[] buffer = new byte[1 << 20];
      for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
        for (int i = 0; i < read; i++) {
          int b = buffer[i] & 0xff;
          if (quoted) {
            if (b == '"') {
              quoted = false;
              afterQuote = true;
            } else if (keep(slot, column)) {
              field.append((char) b);
            }
            continue;
          }
          if (b == '"' && (fieldStart || afterQuote)) {
            if (afterQuote && keep(slot, column)) {
              field.append('"'); // a doubled quote inside a quoted field
            }
            quoted = true;
            afterQuote = false;
            fieldStart = false;
          } else if (b == ',' || b == '\n') {
            if (slot == null) {
              header.add(field.toString());
            } else if (keep(slot, column)) {
              fields[slot[column]] = field.toString();
            }
            field.setLength(0);
            column++;
            fieldStart = true;
            afterQuote = false;
            if (b == '\n') {
              if (slot == null) {
                slot = new int[header.size()];
                Arrays.fill(slot, -1);
                for (int k = 0; k < NEEDED.size(); k++) {
                  slot[header.indexOf(NEEDED.get(k))] = k;
                }
              } else {
                add(groups, fields);
              }
              column = 0;
            }
          } else if (b != '\r') {
            if (keep(slot, column)) {
              field.append((char) b);
            }
            fieldStart = false;
            afterQuote = false;
          }
        }
      }
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      out.print("year,BUYER_STATE,BUYER_COUNTY,morphine_equivalent_g\n");
      groups.forEach((key, sum) -> out.print(key + "," + (sum[0] + sum[1]) + "\n"));
    }
  }

  private static void add(Map<String, double[]> groups, String[] fields) {
    String date = value(fields[0]);
    String state = value(fields[3]);
    String county = value(fields[4]);
    if (date == null || state == null || county == null) {
      return;
    }
    String digits = Long.toString((long) Double.parseDouble(date));
    int year = LocalDate.parse("0".repeat(Math.max(0, 8 - digits.length())) + digits, MMDDYYYY).getYear();
    String factorText = value(fields[2]);
    String weightText = value(fields[1]);
    double[] sum = groups.computeIfAbsent(year + "," + quote(state) + "," + quote(county), k -> new double[2]);
    if (factorText != null && weightText != null && DECIMAL.matcher(factorText.strip()).matches()) {
      double value = Double.parseDouble(weightText) * Double.parseDouble(factorText.strip());
      // Neumaier-compensated, as pandas and BeamFrame sum.
      double total = sum[0] + value;
      sum[1] += Math.abs(sum[0]) >= Math.abs(value) ? (sum[0] - total) + value : (value - total) + sum[0];
      sum[0] = total;
    }
  }

  /** Builds a field's text only if the query reads it (every field of the header). */
  private static boolean keep(int[] slot, int column) {
    return slot == null || column < slot.length && slot[column] >= 0;
  }

  private static String value(String text) {
    return text == null || NA.contains(text) ? null : text;
  }

  private static String quote(String text) {
    return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
