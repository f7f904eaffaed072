package org.beamframe.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pandas' read_csv arguments encoding, quotechar, header=None, names, skiprows, usecols and nrows,
 * each read at every split size (a file cut into splits of 1, 2, 3, ... bytes gives the rows of one
 * split) and from gzip, against rows written out by hand.
 */
class PandasReadArgumentsTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  @Test
  void latin1FilesDecodeHeaderAndFieldsAtEverySplitSize() throws IOException {
    String text = "Käufer,Größe\n\"Müller, Jürgen\",1.5\nJosé,2\n\"zwei\nZeilen ß\",3\n";
    Path file = write("latin1.csv", text, StandardCharsets.ISO_8859_1);
    CsvReadOptions latin1 = CsvReadOptions.defaults().withEncoding("latin-1");
    assertEquals(FrameSchema.of(new FrameField("Käufer", DType.OBJECT), new FrameField("Größe", DType.FLOAT64)),
        CsvSource.inspect(file.toString(), latin1).schema());
    List<List<Object>> expected = List.of(List.of("Müller, Jürgen", 1.5), List.of("José", 2.0),
        List.of("zwei\nZeilen ß", 3.0));
    everySplitSize(file, latin1, expected);
    assertEquals(expected, read(gzip("latin1.csv.gz", text, StandardCharsets.ISO_8859_1), latin1));
    // Read as UTF-8 (the default), the same bytes are an error that names the encodings to try.
    CsvRecordException utf8 = assertThrows(CsvRecordException.class, () -> read(file, CsvReadOptions.defaults()));
    assertEquals(file + ":2: column K\uFFFDufer: the bytes of \"M\uFFFDller, J\uFFFDrgen\" are not valid UTF-8 "
        + "(shown as \uFFFD); read the file in its encoding, e.g. encoding='latin-1' or 'cp1252' "
        + "(CsvReadOptions.withEncoding), or re-encode it as UTF-8, e.g. iconv -f latin1 -t utf-8", utf8.getMessage());
  }

  @Test
  void cp1252HasTheEuroSignAndCurlyQuotesWhereLatin1HasControlCharacters() throws IOException {
    Path file = write("cp1252.csv", "item,note\n€5,it’s\nwait…,“x”\n", CP1252);
    CsvReadOptions cp1252 = CsvReadOptions.defaults().withEncoding("CP1252");
    everySplitSize(file, cp1252, List.of(List.of("€5", "it’s"), List.of("wait…", "“x”")));
    // The same bytes as Latin-1: 0x80 is U+0080, 0x92 U+0092, and so on.
    assertEquals(List.of(List.of("\u00805", "it\u0092s"), List.of("wait\u0085", "\u0093x\u0094")),
        read(file, CsvReadOptions.defaults().withEncoding("latin-1")));
    Path undefined = dir.resolve("undefined.csv");
    Files.write(undefined, new byte[] {'v', '\n', 'a', (byte) 0x81, 'b', '\n'});
    CsvRecordException e = assertThrows(CsvRecordException.class, () -> read(undefined, cp1252));
    assertEquals(undefined + ":2: column v: the bytes of \"a\uFFFDb\" are not valid cp1252 (shown as \uFFFD: bytes "
        + "0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined there); read the file as encoding='latin-1', which defines "
        + "every byte, or fix those bytes", e.getMessage());
  }

  @Test
  void aSingleQuoteQuotesFieldsHeaderIncludedAtEverySplitSize() throws IOException {
    String text = "'my id','the text'\n1,'a, b'\n2,'it''s'\n3,'two\nlines'\n4,\"x\"\n5,''\n";
    Path file = write("quotes.csv", text, StandardCharsets.UTF_8);
    CsvReadOptions single = CsvReadOptions.defaults().withQuoteChar('\'');
    assertEquals(List.of("my id", "the text"), CsvSource.inspect(file.toString(), single).schema().names());
    // Doubled quotes are one; double quotes are text; '' is an empty field, read as missing.
    List<List<Object>> expected = List.of(Arrays.asList(1L, "a, b"), Arrays.asList(2L, "it's"),
        Arrays.asList(3L, "two\nlines"), Arrays.asList(4L, "\"x\""), Arrays.asList(5L, null));
    everySplitSize(file, single, expected);
    assertEquals(expected, read(gzip("quotes.csv.gz", text, StandardCharsets.UTF_8), single));
  }

  @Test
  void headerNoneNumbersTheColumnsAsTextOrTakesTheNamesGiven() throws IOException {
    Path file = write("plain.csv", "\uFEFF1,x\n2,y\n3,\"z\nw\"\n", StandardCharsets.UTF_8);
    CsvSource numbered = CsvSource.inspect(file.toString(), CsvReadOptions.defaults().withNoHeader());
    assertEquals(FrameSchema.of(new FrameField("0", DType.INT64), new FrameField("1", DType.OBJECT)), numbered.schema());
    assertEquals(List.of("0", "1"), numbered.options().names(), "the source reads every file with these names");
    // The byte order mark is not part of the first value.
    List<List<Object>> expected = List.of(List.of(1L, "x"), List.of(2L, "y"), List.of(3L, "z\nw"));
    everySplitSize(file, CsvReadOptions.defaults().withNoHeader(), expected);
    CsvReadOptions named = CsvReadOptions.defaults().withNoHeader().withNames(List.of("n", "s"));
    assertEquals(List.of("n", "s"), CsvSource.inspect(file.toString(), named).schema().names());
    everySplitSize(file, named, expected);
  }

  @Test
  void namesReplaceTheHeaderAndTakeColumnsByPositionInEveryFile() throws IOException {
    write("a.csv", "x,y\n1,one\n", StandardCharsets.UTF_8);
    write("b.csv", "y,x\n2,two\n", StandardCharsets.UTF_8);
    CsvReadOptions named = CsvReadOptions.defaults().withNames(List.of("n", "s"))
        .withDtypes(Map.of("n", "object", "s", "object"));
    assertEquals(List.of("n", "s"), CsvSource.inspect(dir + "/*.csv", named).schema().names());
    // By position, as pandas reads each file with these names: b.csv's "y" column is n.
    assertEquals(List.of(List.of("1", "one"), List.of("2", "two")), read(dir + "/*.csv", named));
    IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
        () -> CsvSource.inspect(dir + "/a.csv", CsvReadOptions.defaults().withNames(List.of("n", "s", "t"))));
    assertEquals("names gives 3 names [n, s, t], but the header of " + dir.resolve("a.csv") + " has 2 columns [x, y]; "
        + "give one name per column", mismatch.getMessage());
    IllegalArgumentException noHeaderMismatch = assertThrows(IllegalArgumentException.class,
        () -> CsvSource.inspect(dir + "/a.csv", CsvReadOptions.defaults().withNoHeader().withNames(List.of("n"))));
    assertEquals("names gives 1 names [n], but the first row of " + dir.resolve("a.csv") + " has 2 fields; give one "
        + "name per field", noHeaderMismatch.getMessage());
    Path wide = write("wide.txt", "1,one\n2,two,extra\n", StandardCharsets.UTF_8);
    CsvRecordException e = assertThrows(CsvRecordException.class,
        () -> read(wide.toString(), CsvReadOptions.defaults().withNoHeader()));
    assertEquals(wide + ":2: expected 2 fields (one per column name), found 3; fix the row (a field containing the "
        + "separator must be quoted)", e.getMessage());
  }

  @Test
  void skiprowsSkipsLinesAsPandasCountsThemAtEverySplitSize() throws IOException {
    // A title, a quoted note over two lines (one line to pandas), a blank line: three lines.
    String text = "Title line\r\n\"quoted\r\nnote, with comma\"\r\n\r\nid,v\r\n1,x\r\n2,\"y\r\nz\"\r\n3,w\r\n";
    Path file = write("junk.csv", text, StandardCharsets.UTF_8);
    List<List<Object>> expected = List.of(List.of(1L, "x"), List.of(2L, "y\r\nz"), List.of(3L, "w"));
    for (int skip : new int[] {2, 3}) {
      // After two lines, the blank line before the header is skipped as pandas skips it.
      CsvReadOptions options = CsvReadOptions.defaults().withSkipRows(skip);
      assertEquals(List.of("id", "v"), CsvSource.inspect(file.toString(), options).schema().names());
      everySplitSize(file, options, expected);
      assertEquals(expected, read(gzip("junk.csv.gz", text, StandardCharsets.UTF_8), options));
    }
    IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
        () -> CsvSource.inspect(file.toString(), CsvReadOptions.defaults().withSkipRows(9)));
    assertEquals("file " + file + " has nothing after its first 9 lines (skiprows=9): a CSV file needs a header row; "
        + "check skiprows", tooMany.getMessage());
  }

  @Test
  void blankLinesBeforeTheHeaderAreSkippedAsPandasSkipsThem() throws IOException {
    Path file = write("blank.csv", "\n\r\na,b\n1,x\n", StandardCharsets.UTF_8);
    assertEquals(List.of("a", "b"), CsvSource.inspect(file.toString(), CsvReadOptions.defaults()).schema().names());
    everySplitSize(file, CsvReadOptions.defaults(), List.of(List.of(1L, "x")));
  }

  @Test
  void afterSkippedLinesErrorsStillNameThePhysicalLine() throws IOException {
    // Two lines to skip: "junk" (line 1) and a quoted field over lines 2 and 3; the header is line 4.
    String text = "junk\n\"two\nlines\"\na,b\n1,2\nx,3\n";
    Path file = write("lines.csv", text, StandardCharsets.UTF_8);
    CsvReadOptions options = CsvReadOptions.defaults().withSkipRows(2).withDtypes(Map.of("a", "int64"));
    String problem = ":6: column a: cannot parse \"x\" as int64; fix the value, or declare the column's dtype as "
        + "object and convert it with toNumeric(..., Errors.COERCE)";
    for (long splitBytes : new long[] {Long.MAX_VALUE, 3}) {
      CsvRecordException e = assertThrows(CsvRecordException.class, () -> read(file, options.withSplitBytes(splitBytes)));
      assertEquals(file + problem, e.getMessage(), "split " + splitBytes);
    }
    Path gzip = gzip("lines.csv.gz", text, StandardCharsets.UTF_8);
    CsvRecordException e = assertThrows(CsvRecordException.class, () -> read(gzip, options));
    assertEquals(gzip + problem, e.getMessage());
  }

  @Test
  void usecolsReadsOnlyItsColumnsInTheFilesOrder() throws IOException {
    Path file = dir.resolve("wide.csv");
    // Column b holds bytes that are not UTF-8: read, they would be an error; unused, they are never converted.
    Files.write(file, concat("a,b,c\n1,".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0xFE},
        ",x\n2,2.5,y\n".getBytes(StandardCharsets.UTF_8)));
    CsvReadOptions usecols = CsvReadOptions.defaults().withUsecols(List.of("c", "a")).withDtypes(Map.of("b", "float64"));
    assertEquals(FrameSchema.of(new FrameField("a", DType.INT64), new FrameField("c", DType.OBJECT)),
        CsvSource.inspect(file.toString(), usecols).schema());
    everySplitSize(file, usecols, List.of(List.of(1L, "x"), List.of(2L, "y")));
    assertThrows(CsvRecordException.class, () -> read(file, CsvReadOptions.defaults()), "every column read: b is bad");
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> CsvSource.inspect(file.toString(), CsvReadOptions.defaults().withUsecols(List.of("a", "C"))));
    assertEquals("usecols names a column the file does not have: column \"C\" not found; did you mean c? columns are "
        + "[a, b, c] (file " + file + ")", unknown.getMessage());
  }

  @Test
  void nrowsReadsTheFirstRowsOfTheFilesInOrderAndNothingAfterThem() throws IOException {
    write("part-1.csv", "id,v\n1,10\n2,20\n3,30\n", StandardCharsets.UTF_8);
    // The third row would fail a strict read, and part-3 would fail any read: nrows=5 reads neither.
    write("part-2.csv", "v,id\n40,4\n50,5\n60,6,extra\n", StandardCharsets.UTF_8);
    write("part-3.csv", "id,v\n7,\"never closed\n", StandardCharsets.UTF_8);
    String glob = dir + "/part-*.csv";
    CsvReadOptions five = CsvReadOptions.defaults().withNrows(5).withSplitBytes(1);
    CsvSource source = CsvSource.inspect(glob, five);
    assertEquals(FrameSchema.of(new FrameField("id", DType.INT64), new FrameField("v", DType.INT64)), source.schema());
    assertEquals(3, source.splits().size(), "one split per file: the files are read whole, in order");
    List<List<Object>> rows = new ArrayList<>();
    long records = new CsvSplitReader(source.schema(), source.options())
        .read(source.firstRows(), values -> rows.add(Arrays.asList(values)), PandasReadArgumentsTest::unexpected);
    assertEquals(List.of(List.of(1L, 10L), List.of(2L, 20L), List.of(3L, 30L), List.of(4L, 40L), List.of(5L, 50L)), rows);
    assertEquals(5, records);
    assertThrows(CsvRecordException.class, () -> read(glob, CsvReadOptions.defaults()), "a full read fails");
    assertEquals(List.of(), read(glob, CsvReadOptions.defaults().withNrows(0)));
  }

  @Test
  void nrowsCountsGoodRowsAndInfersFromThem() throws IOException {
    Path file = write("bad.csv", "id,v\n1,10\n2,x,extra\n3,30\n4,2.5\n", StandardCharsets.UTF_8);
    CsvSource source = CsvSource.inspect(file.toString(), CsvReadOptions.defaults().withNrows(2)
        .withOnBadLines(OnBadLines.SKIP));
    // pandas infers from the rows it reads: 10 and 30 are int64 (the whole file would be float64).
    assertEquals(DType.INT64, source.schema().typeOf("v"));
    assertEquals(DType.FLOAT64, CsvSource.inspect(file.toString(), CsvReadOptions.defaults()
        .withOnBadLines(OnBadLines.SKIP)).schema().typeOf("v"));
    List<List<Object>> rows = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    long records = new CsvSplitReader(source.schema(), source.options())
        .read(source.firstRows(), values -> rows.add(Arrays.asList(values)), rejected::add);
    // As pandas' on_bad_lines="skip": the bad line is not one of the 2 rows.
    assertEquals(List.of(List.of(1L, 10L), List.of(3L, 30L)), rows);
    assertEquals(3, records);
    assertEquals(List.of(new RejectedRecord(file.toString(), 3, "expected 2 fields as in the header, found 3; fix the "
        + "row (a field containing the separator must be quoted)", "2,x,extra")), rejected);
    // The bad line is not one of the 2 rows inferred from either: pandas reads v as [10.0, 2.5], float64.
    Path second = write("bad-then-float.csv", "id,v\n1,10\n2,x,extra\n3,2.5\n", StandardCharsets.UTF_8);
    assertEquals(DType.FLOAT64, CsvSource.inspect(second.toString(), CsvReadOptions.defaults().withNrows(2)
        .withOnBadLines(OnBadLines.SKIP)).schema().typeOf("v"));
  }

  /** Reads {@code file} in splits of every size from 1 byte to the whole file; each gives {@code expected}. */
  private static void everySplitSize(Path file, CsvReadOptions options, List<List<Object>> expected) throws IOException {
    long size = Files.size(file);
    for (long splitBytes = 1; splitBytes <= size; splitBytes++) {
      assertEquals(expected, read(file, options.withSplitBytes(splitBytes)), "split size " + splitBytes);
    }
  }

  private static List<List<Object>> read(Path file, CsvReadOptions options) {
    return read(file.toString(), options);
  }

  /** Every row of a strict read: the splits as a pipeline reads them, or with nrows the files in order. */
  private static List<List<Object>> read(String pattern, CsvReadOptions options) {
    CsvSource source = CsvSource.inspect(pattern, options);
    CsvSplitReader reader = new CsvSplitReader(source.schema(), source.options());
    List<ReadTask> tasks = options.nrows().isPresent()
        ? List.of(source.firstRows()) : source.resolvedSplits().stream().map(ReadTask::of).toList();
    List<List<Object>> rows = new ArrayList<>();
    for (ReadTask task : tasks) {
      reader.read(task, values -> rows.add(Arrays.asList(values)), PandasReadArgumentsTest::unexpected);
    }
    return rows;
  }

  private static void unexpected(RejectedRecord rejected) {
    throw new AssertionError("a strict read rejected " + rejected);
  }

  private Path write(String name, String text, Charset charset) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(charset));
  }

  private Path gzip(String name, String text, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(charset));
    }
    return file;
  }

  private static byte[] concat(byte[]... parts) {
    int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
