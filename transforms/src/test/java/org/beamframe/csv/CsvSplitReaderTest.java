package org.beamframe.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSplitReaderTest {
  private static final String TRICKY =
      "name,amount,note\r\n"
          + "\"SMITH'S \"\"FAMILY\"\" PHARMACY, INC\",1.5,plain\r\n"
          + "CVS,,\"comma, inside\"\r\n"
          + "\r\n"
          + "\"ÄPFEL, Ü\",-2e3,null\r\n"
          + "KROGER,7,\"\"\"quoted\"\"\"\r\n";

  @TempDir Path dir;

  @Test
  void readsQuotingNaStringsAndCrlfExactly() throws IOException {
    Path file = Files.writeString(dir.resolve("tricky.csv"), TRICKY);
    assertEquals(List.of(
        Arrays.asList("SMITH'S \"FAMILY\" PHARMACY, INC", 1.5, "plain"),
        Arrays.asList("CVS", null, "comma, inside"),
        Arrays.asList("ÄPFEL, Ü", -2000.0, null),
        Arrays.asList("KROGER", 7.0, "\"quoted\"")), readAll(file, Long.MAX_VALUE));
  }

  @Test
  void everySplitSizeGivesTheSameRowsAsOneSplit() throws IOException {
    Path file = Files.writeString(dir.resolve("tricky.csv"), TRICKY);
    List<List<Object>> whole = readAll(file, Long.MAX_VALUE);
    long size = Files.size(file);
    for (long splitBytes = 1; splitBytes <= size; splitBytes++) {
      assertEquals(whole, readAll(file, splitBytes), "split size " + splitBytes);
    }
  }

  @Test
  void quotedLineBreaksOnEverySplitBoundaryGiveTheRowsOfOneSingleThreadedParse() throws IOException {
    String text = "id,name,note\n"
        + "1,\"two\nlines\",plain\n"
        + "2,\"crlf\r\ninside\",\"\"\"\"\r\n"
        + "3,\"a \"\"quoted\"\"\nword, and\n\nblank\",x\n"
        + "4,\"\n\",\"ends with newline\n\"\n"
        + "5,unquoted \"middle,\"\"\"\"\n"
        + "6,\"\",\"\"\n"
        + "7,old mac,\r\"8\na\",\"cr then \"\"quote\"\"\n\",z\r\n";
    Path file = Files.writeString(dir.resolve("multiline.csv"), text);
    List<List<Object>> expected = new ArrayList<>();
    try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(Files.newBufferedReader(file))) {
      parser.stream().skip(1).forEach(record -> expected.add(new ArrayList<>(record.toList())));
    }
    assertEquals(8, expected.size());
    CsvReadOptions asText = CsvReadOptions.defaults().withNaValues(java.util.Set.of())
        .withDtypes(Map.of("id", "object", "name", "object", "note", "object"));
    long size = Files.size(file);
    for (long splitBytes = 1; splitBytes <= size; splitBytes++) {
      assertEquals(expected, readAll(file, splitBytes, asText), "split size " + splitBytes);
    }
  }

  @Test
  void largeFileWithRandomQuotedLineBreaksMatchesOneSingleThreadedParseAtAnySplitSize() throws IOException {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20061);
    String[] pieces = {"a", "b,c", "\n", "\r\n", "\"", " ", "x\ny", "é", ""};
    Path file = dir.resolve("random.csv");
    try (var printer = new org.apache.commons.csv.CSVPrinter(Files.newBufferedWriter(file), org.apache.commons.csv.CSVFormat.RFC4180)) {
      printer.printRecord("id", "text");
      for (int i = 0; i < 80_000; i++) {
        StringBuilder text = new StringBuilder();
        for (int j = random.nextInt(6); j > 0; j--) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        printer.printRecord(Integer.toString(i), text.toString());
      }
    }
    List<List<Object>> expected = new ArrayList<>();
    try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(Files.newBufferedReader(file))) {
      parser.stream().skip(1).forEach(record -> expected.add(new ArrayList<>(record.toList())));
    }
    CsvReadOptions asText = CsvReadOptions.defaults().withNaValues(java.util.Set.of())
        .withDtypes(Map.of("id", "object", "text", "object"));
    for (long splitBytes : new long[] {Files.size(file), 333_333, 100_000, 4_097}) {
      assertEquals(expected, readAll(file, splitBytes, asText), "split size " + splitBytes);
    }
  }

  @Test
  void missingValueStringsAreConfigurableAsInPandas() throws IOException {
    Path file = Files.writeString(dir.resolve("na.csv"), "a,b\nNA,NA\nmissing,\n,1\n");
    CsvReadOptions floats = CsvReadOptions.defaults().withDtypes(Map.of("a", "object", "b", "float64"));
    assertEquals(List.of(Arrays.asList(null, null), Arrays.asList("missing", null), Arrays.asList(null, 1.0)),
        readAll(file, Long.MAX_VALUE, floats));
    assertEquals(List.of(Arrays.asList(null, null), Arrays.asList(null, null), Arrays.asList(null, 1.0)),
        readAll(file, Long.MAX_VALUE, floats.withAdditionalNaValues(java.util.Set.of("missing"))));
    assertEquals(List.of(Arrays.asList("NA", null), Arrays.asList("missing", null), Arrays.asList("", 1.0)),
        readAll(file, Long.MAX_VALUE, floats.withTextNaFilter(false)));
    CsvReadOptions text = CsvReadOptions.defaults().withDtypes(Map.of("a", "object", "b", "object")).withoutNaFilter();
    assertEquals(List.of(Arrays.asList("NA", "NA"), Arrays.asList("missing", ""), Arrays.asList("", "1")),
        readAll(file, Long.MAX_VALUE, text));
  }

  @Test
  void anUnclosedQuoteFailsAStrictReadAndCostsALenientOneOneRecord() throws IOException {
    Path file = Files.writeString(dir.resolve("stray.csv"), "a,b\n1,x\n2,\"oops\n3,y\n4,z\n");
    for (long splitBytes : new long[] {Long.MAX_VALUE, 5}) {
      CsvRecordException e = assertThrows(CsvRecordException.class, () -> readAll(file, splitBytes));
      assertEquals(file + ":3: a quoted field in this record is never closed (the text ends inside quotes); close "
          + "the quote, or read with on_bad_lines skip to drop the record and go on", e.getMessage());
      Lenient read = readLeniently(file, CsvReadOptions.defaults().withSplitBytes(splitBytes));
      assertEquals(List.of(Arrays.asList(1L, "x"), Arrays.asList(3L, "y"), Arrays.asList(4L, "z")), read.rows());
      assertEquals(List.of(new RejectedRecord(file.toString(), 3, "a quoted field in this record is never closed "
          + "(the text ends inside quotes); the line was skipped and reading went on at the next one", "2,\"oops")),
          read.rejected());
      assertEquals(4, read.records());
    }
  }

  @Test
  void columnsAreFoundByNameInEachFilesHeader() throws IOException {
    Path first = Files.writeString(dir.resolve("a.csv"), "x,y\n1,one\n");
    Path second = Files.writeString(dir.resolve("b.csv"), "y,extra,x\ntwo,?,2\n");
    CsvSource source = CsvSource.inspect(dir + "/*.csv", CsvReadOptions.defaults());
    CsvSplitReader reader = new CsvSplitReader(source.schema().select(List.of("y", "x")), source.options());
    List<List<Object>> rows = new ArrayList<>();
    for (ResolvedSplit split : source.resolvedSplits()) {
      reader.read(split, values -> rows.add(Arrays.asList(values)), CsvSplitReaderTest::unexpected);
    }
    assertEquals(List.of(Arrays.asList("one", 1L), Arrays.asList("two", 2L)), rows);
    Path missing = Files.writeString(dir.resolve("c.csv"), "x\n3\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> reader.read(ResolvedSplit.wholeFile(new FileSplit(missing.toString(), 0, Files.size(missing))), values -> {},
            CsvSplitReaderTest::unexpected));
    assertEquals("file " + missing + " lacks a column the read needs: column \"y\" not found columns are [x]",
        e.getMessage());
  }

  @Test
  void aValueThatDoesNotParseNamesFileLineColumnValueAndFix() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n3,4\n5,x7\n6,8\n");
    for (long splitBytes : new long[] {Long.MAX_VALUE, 3}) {
      CsvRecordException e = assertThrows(CsvRecordException.class, () -> readAll(file, splitBytes,
          CsvReadOptions.defaults().withDtypes(Map.of("b", "float64"))));
      assertEquals(file + ":4: column b: cannot parse \"x7\" as float64; fix the value, or declare the column's "
          + "dtype as object and convert it with toNumeric(..., Errors.COERCE)", e.getMessage());
      assertEquals(4, e.line());
    }
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsAnError() throws IOException {
    Path file = Files.writeString(dir.resolve("short.csv"), "a,b,c\n1,2,3\n4,5\n");
    CsvRecordException e = assertThrows(CsvRecordException.class, () -> readAll(file, Long.MAX_VALUE));
    assertEquals(file + ":3: expected 3 fields as in the header, found 2; fix the row (a field containing the "
        + "separator must be quoted)", e.getMessage());
  }

  @Test
  void invalidUtf8IsAnErrorNotReplacementCharacters() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "name\nabc\nM\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
    CsvRecordException e = assertThrows(CsvRecordException.class, () -> readAll(file, Long.MAX_VALUE));
    assertEquals(file + ":3: column name: the bytes of \"M\uFFFDller\" are not valid UTF-8 (shown as \uFFFD); "
        + "read the file in its encoding, e.g. encoding='latin-1' or 'cp1252' (CsvReadOptions.withEncoding), or "
        + "re-encode it as UTF-8, e.g. iconv -f latin1 -t utf-8", e.getMessage());
  }

  @Test
  void byteOrderMarkHeaderOnlyAndTabSeparatedFiles() throws IOException {
    Path bom = Files.writeString(dir.resolve("bom.csv"), "\uFEFFa,b\n1,2\n");
    assertEquals(List.of("a", "b"), CsvSource.inspect(bom.toString(), CsvReadOptions.defaults()).schema().names());
    assertEquals(List.of(Arrays.asList(1L, 2L)), readAll(bom, Long.MAX_VALUE));
    Path headerOnly = Files.writeString(dir.resolve("header.csv"), "a,b\n");
    assertEquals(List.of(), readAll(headerOnly, 1));
    Path tsv = Files.writeString(dir.resolve("t.tsv"), "a\tb\nx,y\tnull\n");
    assertEquals(List.of(Arrays.asList("x,y", null)),
        readAll(tsv, Long.MAX_VALUE, CsvReadOptions.defaults().withSeparator('\t')));
  }

  /** What a skipping read of every split gave: rows, rejected records, and records read. */
  private record Lenient(List<List<Object>> rows, List<RejectedRecord> rejected, long records) {}

  private static Lenient readLeniently(Path file, CsvReadOptions options) {
    CsvSource source = CsvSource.inspect(file.toString(), options.withOnBadLines(OnBadLines.SKIP));
    CsvSplitReader reader = new CsvSplitReader(source.schema(), source.options());
    List<List<Object>> rows = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    long records = 0;
    for (ResolvedSplit split : source.resolvedSplits()) {
      records += reader.read(split, values -> rows.add(Arrays.asList(values)), rejected::add);
    }
    return new Lenient(rows, rejected, records);
  }

  private static void unexpected(RejectedRecord rejected) {
    throw new AssertionError("a strict read rejected " + rejected);
  }

  @Test
  void skipAndDeadLetterPoliciesHandBadRecordsOnWithLineReasonAndText() throws IOException {
    Path file = Files.writeString(dir.resolve("mixed.csv"), "a,b\n1,2\n3\n\"x,y\",5\n6,seven\n8,9\n");
    for (long splitBytes : new long[] {Long.MAX_VALUE, 4}) {
      Lenient read = readLeniently(file, CsvReadOptions.defaults().withDtypes(Map.of("a", "object", "b", "int64"))
          .withSplitBytes(splitBytes));
      assertEquals(5, read.records());
      assertEquals(List.of(Arrays.asList("1", 2L), Arrays.asList("x,y", 5L), Arrays.asList("8", 9L)), read.rows());
      assertEquals(List.of(
          new RejectedRecord(file.toString(), 3, "expected 2 fields as in the header, found 1; fix the row "
              + "(a field containing the separator must be quoted)", "3"),
          new RejectedRecord(file.toString(), 5, "column b: cannot parse \"seven\" as int64; fix the value, or "
              + "declare the column's dtype as object and convert it with toNumeric(..., Errors.COERCE)", "6,seven")),
          read.rejected());
    }
  }

  @Test
  void gzipFilesReadAsOneSplitWithTheSameRowsAndLines() throws IOException {
    String text = "a,b\n1,\"x\ny\"\n2,z\n3,bad\n";
    Path plain = Files.writeString(dir.resolve("p.csv"), text);
    Path gzip = dir.resolve("p.csv.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzip))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    CsvSource source = CsvSource.inspect(gzip.toString(), CsvReadOptions.defaults().withSplitBytes(3));
    assertEquals(1, source.splits().size());
    assertEquals(readAll(plain, 3), readAll(gzip, 3));
    CsvRecordException e = assertThrows(CsvRecordException.class,
        () -> readAll(gzip, 3, CsvReadOptions.defaults().withDtypes(Map.of("b", "float64"))));
    assertEquals(gzip + ":2: column b: cannot parse \"x\ny\" as float64; fix the value, or declare the column's "
        + "dtype as object and convert it with toNumeric(..., Errors.COERCE)", e.getMessage());
  }

  @Test
  void aQuoteNeverClosedInAGzipFileCostsOneLineWhenSkipping() throws IOException {
    Path gzip = dir.resolve("q.csv.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzip))) {
      out.write("a,b\n1,x\n2,\"never closed\n3,y\n4,z\n".getBytes(StandardCharsets.UTF_8));
    }
    Lenient read = readLeniently(gzip, CsvReadOptions.defaults().withDtypes(Map.of("a", "int64", "b", "object")));
    assertEquals(List.of(List.of(1L, "x"), List.of(3L, "y"), List.of(4L, "z")), read.rows());
    assertEquals(List.of(new RejectedRecord(gzip.toString(), 3, "a quoted field in this record is never closed (the "
        + "text ends inside quotes); the line was skipped and reading went on at the next one", "2,\"never closed")),
        read.rejected());
    assertEquals(4, read.records());
  }

  private static List<List<Object>> readAll(Path file, long splitBytes) {
    return readAll(file, splitBytes, CsvReadOptions.defaults());
  }

  private static List<List<Object>> readAll(Path file, long splitBytes, CsvReadOptions options) {
    CsvSource source = CsvSource.inspect(file.toString(), options.withSplitBytes(splitBytes));
    CsvSplitReader reader = new CsvSplitReader(source.schema(), source.options());
    List<List<Object>> rows = new ArrayList<>();
    for (ResolvedSplit split : source.resolvedSplits()) {
      reader.read(split, values -> rows.add(Arrays.asList(values)), CsvSplitReaderTest::unexpected);
    }
    return rows;
  }
}
