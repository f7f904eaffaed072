package org.beamframe.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {
  @TempDir Path dir;

  @Test
  void infersDtypesAsPandasDoes() throws IOException {
    Path file = write("types.csv",
        "int,int_with_na,float,flag,text,all_na,zip\n"
            + "1,2,1.5,True,a,,01234\n"
            + "3,,2,False,\"b, c\",NA,43215\n");
    CsvSource source = CsvSource.inspect(file.toString(), CsvReadOptions.defaults());
    assertEquals(FrameSchema.of(
        new FrameField("int", DType.INT64), new FrameField("int_with_na", DType.FLOAT64),
        new FrameField("float", DType.FLOAT64), new FrameField("flag", DType.BOOL),
        new FrameField("text", DType.OBJECT), new FrameField("all_na", DType.FLOAT64),
        new FrameField("zip", DType.INT64)), source.schema());
  }

  @Test
  void inferenceSamplesTheMiddleAndEndOfEveryFileNotOnlyTheStart() throws IOException {
    StringBuilder text = new StringBuilder("id,dose,code\n");
    for (int i = 0; i < 30_000; i++) {
      text.append(i).append(',').append(i % 7).append(',').append(i < 29_990 ? "1" : "A1").append('\n');
    }
    Path first = write("a.csv", text.toString());
    Path second = write("b.csv", "dose,id,code\n2.5,1,2\n");
    CsvSource source = CsvSource.inspect(dir + "/*.csv", CsvReadOptions.defaults().withSampleRows(300));
    assertEquals(DType.INT64, source.schema().typeOf("id"));
    assertEquals(DType.FLOAT64, source.schema().typeOf("dose"), "a fraction in the second file");
    assertEquals(DType.OBJECT, source.schema().typeOf("code"), "text at the end of the first file");
    assertEquals(first.toString(), source.files().get(0));
    assertEquals(second.toString(), source.files().get(1));
  }

  @Test
  void aValueThatContradictsTheInferredDtypeNamesTheDtypeToDeclare() throws IOException {
    StringBuilder text = new StringBuilder("id,n\n");
    for (int i = 0; i < 1000; i++) {
      text.append(i).append(",5\n");
    }
    text.append("1000,5.5\n");
    for (int i = 1001; i < 3000; i++) {
      text.append(i).append(",5\n");
    }
    Path file = write("late.csv", text.toString());
    CsvSource source = CsvSource.inspect(file.toString(), CsvReadOptions.defaults().withSampleRows(30));
    assertEquals(DType.INT64, source.schema().typeOf("n"));
    CsvSplitReader reader = new CsvSplitReader(source.schema(), source.options());
    CsvRecordException e = org.junit.jupiter.api.Assertions.assertThrows(CsvRecordException.class, () -> {
      for (ResolvedSplit split : source.resolvedSplits()) {
        reader.read(split, values -> {}, rejected -> {});
      }
    });
    assertEquals(file + ":1002: column n: cannot parse \"5.5\" as int64, the dtype inferred from a sample; "
        + "declare it: dtype {\"n\": \"float64\"} (CsvReadOptions.withDtypes)", e.getMessage());
  }

  @Test
  void declaredDtypesWinOverInference() throws IOException {
    Path file = write("declared.csv", "zip,n\n01234,1\n");
    CsvSource source = CsvSource.inspect(file.toString(),
        CsvReadOptions.defaults().withDtypes(Map.of("zip", "object", "n", "float64")));
    assertEquals(DType.OBJECT, source.schema().typeOf("zip"));
    assertEquals(DType.FLOAT64, source.schema().typeOf("n"));
  }

  @Test
  void aDtypeForAMissingColumnNamesTheFileAndTheClosestColumn() throws IOException {
    Path file = write("counties.csv", "BUYER_STATE,BUYER_COUNTY\nOH,SCIOTO\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvSource.inspect(
        file.toString(), CsvReadOptions.defaults().withDtypes(Map.of("BUYER_CNTY", "object"))));
    assertEquals("a dtype is declared for a column the file does not have: column \"BUYER_CNTY\" not found; "
        + "did you mean BUYER_COUNTY? columns are [BUYER_STATE, BUYER_COUNTY] (file " + file + ")", e.getMessage());
  }

  @Test
  void globResolvesSortedAndEmptyMatchNamesThePattern() throws IOException {
    write("part-2.csv", "a\n1\n");
    write("part-1.csv", "a\n2\n");
    write("other.txt", "a\n3\n");
    CsvSource source = CsvSource.inspect(dir + "/part-*.csv", CsvReadOptions.defaults());
    assertEquals(List.of(dir.resolve("part-1.csv").toString(), dir.resolve("part-2.csv").toString()), source.files());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvSource.inspect(dir + "/nothing-*.csv", CsvReadOptions.defaults()));
    assertEquals("no files match \"" + dir + "/nothing-*.csv\"", e.getMessage());
  }

  /** Paths go through Beam's FileSystems: a file:// URI names the same files; a directory or an unknown scheme says what to do. */
  @Test
  void filesystemPathsAndTheirMistakes() throws IOException {
    write("part-1.csv", "a\n2\n");
    assertEquals(List.of(dir.resolve("part-1.csv").toString()),
        CsvSource.inspect("file://" + dir + "/part-*.csv", CsvReadOptions.defaults()).files());
    IllegalArgumentException directory = assertThrows(IllegalArgumentException.class,
        () -> CsvSource.inspect(dir.toString(), CsvReadOptions.defaults()));
    assertEquals("input \"" + dir + "\" is a directory; read the files in it with a glob, e.g. \"" + dir + "/*.csv\"",
        directory.getMessage());
    IllegalArgumentException scheme = assertThrows(IllegalArgumentException.class,
        () -> CsvSource.inspect("nosuchfs://bucket/a.csv", CsvReadOptions.defaults()));
    assertTrue(scheme.getMessage().startsWith("cannot read \"nosuchfs://bucket/a.csv\": No filesystem found for scheme nosuchfs. "
        + "Beam knows a scheme once its filesystem module is on the classpath"), scheme.getMessage());
  }

  @Test
  void splitsCoverEveryByteOnce() throws IOException {
    Path file = write("ten.csv", "a\n123456789\n");
    CsvSource source = CsvSource.inspect(file.toString(), CsvReadOptions.defaults().withSplitBytes(4));
    assertEquals(List.of(new FileSplit(file.toString(), 0, 4), new FileSplit(file.toString(), 4, 8),
        new FileSplit(file.toString(), 8, 12)), source.splits());
  }

  @Test
  void anEmptyFileInAGlobHasNoRowsAndTheNextFileNamesTheColumns() throws IOException {
    write("part-1.csv", "");
    write("part-2.csv", "a,b\n1,x\n");
    CsvSource source = CsvSource.inspect(dir + "/part-*.csv", CsvReadOptions.defaults());
    assertEquals(List.of("a", "b"), source.schema().names());
    CsvSplitReader reader = new CsvSplitReader(source.schema(), source.options());
    List<Object> rows = new java.util.ArrayList<>();
    for (ResolvedSplit split : source.resolvedSplits()) {
      reader.read(split, values -> rows.add(List.of(values)), rejected -> {});
    }
    assertEquals(List.of(List.of(1L, "x")), rows);
  }

  @Test
  void aHeaderlessEmptyFileIsAnError() throws IOException {
    Path file = write("empty.csv", "");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvSource.inspect(file.toString(), CsvReadOptions.defaults()));
    assertEquals("file " + file + " is empty: a CSV file needs a header row", e.getMessage());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
