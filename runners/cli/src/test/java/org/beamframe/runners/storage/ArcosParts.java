package org.beamframe.runners.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The bundled ARCOS sample cut into three files of the shapes object stores hold: a gzipped one,
 * one whose BUYER_ADDRESS2 fields are quoted and span two lines (so, read in small splits, some
 * cross a split boundary), and one with a UTF-8 byte order mark and CRLF line ends. Together they
 * hold exactly the sample's records, so every query over them has the sample's expected result.
 */
public final class ArcosParts {
  public static final Path SAMPLE = Path.of("..", "..", "testdata", "arcos-sample.csv");
  public static final List<String> NAMES = List.of("part-1.csv.gz", "part-2.csv", "part-3.csv");

  private ArcosParts() {}

  /** Writes the three parts into {@code directory}; returns their paths, in {@link #NAMES}' order. */
  public static List<Path> writeTo(Path directory) throws IOException {
    List<CSVRecord> records;
    List<String> header;
    try (Reader in = Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8)) {
      var parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in);
      header = parser.getHeaderNames();
      records = parser.getRecords();
    }
    int third = records.size() / 3;
    List<List<CSVRecord>> parts = List.of(records.subList(0, third), records.subList(third, 2 * third),
        records.subList(2 * third, records.size()));
    int address2 = header.indexOf("BUYER_ADDRESS2");
    List<Path> files = new ArrayList<>();

    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(new GZIPOutputStream(gzipped), StandardCharsets.UTF_8)) {
      print(out, header, parts.get(0), "\n", -1);
    }
    files.add(Files.write(directory.resolve(NAMES.get(0)), gzipped.toByteArray()));

    try (Writer out = Files.newBufferedWriter(directory.resolve(NAMES.get(1)), StandardCharsets.UTF_8)) {
      print(out, header, parts.get(1), "\n", address2);
    }
    files.add(directory.resolve(NAMES.get(1)));

    try (Writer out = Files.newBufferedWriter(directory.resolve(NAMES.get(2)), StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      print(out, header, parts.get(2), "\r\n", -1);
    }
    files.add(directory.resolve(NAMES.get(2)));
    return files;
  }

  /** Prints the records; the field at {@code twoLines} (if not -1) gets a second line. */
  private static void print(Writer out, List<String> header, List<CSVRecord> records, String lineEnd, int twoLines)
      throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator(lineEnd).get());
    printer.printRecord(header);
    for (CSVRecord record : records) {
      List<String> values = new ArrayList<>(record.toList());
      if (twoLines >= 0) {
        values.set(twoLines, values.get(twoLines) + "\nLOADING DOCK " + record.getRecordNumber());
      }
      printer.printRecord(values);
    }
    printer.flush();
  }
}
