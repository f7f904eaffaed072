package org.beamframe.transforms;

import static org.beamframe.transforms.TestData.readCounter;
import static org.beamframe.transforms.TestData.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.csv.CsvReadOptions;
import org.beamframe.csv.CsvRecordException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class ReadCsvTest {
  private static final FrameSchema SCHEMA = FrameSchema.of(
      new FrameField("state", DType.OBJECT), new FrameField("county", DType.OBJECT),
      new FrameField("dosage", DType.FLOAT64), new FrameField("n", DType.INT64));

  @TempDir Path dir;

  @Test
  void readsEveryRowOnceAcrossManySplits(TestPipeline pipeline) throws IOException {
    Path file = Files.writeString(dir.resolve("a.csv"),
        "state,county,dosage,n\nOH,\"SCIOTO, CITY\",100.0,1\nWV,,NA,2\nKY,PIKE,2.5,3\n\"\"\"Q\"\"\",null,-1,4\n");
    PCollection<Row> rows = pipeline.apply(ReadCsv.from(file.toString()).withSplitBytes(7));
    assertEquals(BeamSchemas.toBeam(SCHEMA), rows.getSchema());
    PAssert.that(rows).containsInAnyOrder(
        row(SCHEMA, "OH", "SCIOTO, CITY", 100.0, 1L),
        row(SCHEMA, "WV", null, null, 2L),
        row(SCHEMA, "KY", "PIKE", 2.5, 3L),
        row(SCHEMA, "\"Q\"", null, -1.0, 4L));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(4, readCounter(result, BeamFrameMetrics.ROWS_READ));
  }

  @Test
  void quotedLineBreaksAcrossSplitsArePlannedInThePipeline(TestPipeline pipeline) throws IOException {
    Path file = Files.writeString(dir.resolve("lines.csv"),
        "state,note\nOH,\"first\nsecond\"\nWV,\"a,\r\n\"\"b\"\"\"\nKY,plain\n");
    FrameSchema schema = FrameSchema.of(new FrameField("state", DType.OBJECT), new FrameField("note", DType.OBJECT));
    PAssert.that(pipeline.apply(ReadCsv.from(file.toString()).withSplitBytes(5))).containsInAnyOrder(
        row(schema, "OH", "first\nsecond"), row(schema, "WV", "a,\r\n\"b\""), row(schema, "KY", "plain"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void readsOnlyTheAskedColumnsOfEveryFileInAGlob(TestPipeline pipeline) throws IOException {
    Files.writeString(dir.resolve("part-1.csv"), "state,dosage\nOH,1.5\n");
    Files.writeString(dir.resolve("part-2.csv"), "dosage,other,state\n2.5,x,WV\n");
    PCollection<Row> rows = pipeline.apply(ReadCsv.from(dir + "/part-*.csv")
        .withDtypes(Map.of("dosage", "float64")).withColumns(List.of("dosage", "state")));
    FrameSchema expected = FrameSchema.of(new FrameField("dosage", DType.FLOAT64), new FrameField("state", DType.OBJECT));
    PAssert.that(rows).containsInAnyOrder(row(expected, 1.5, "OH"), row(expected, 2.5, "WV"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void tabSeparatedFilesWithTheSeparatorOption(TestPipeline pipeline) throws IOException {
    Path file = Files.writeString(dir.resolve("a.tsv"), "state\tdosage\nOH\tnull\nWV\t3\n");
    FrameSchema expected = FrameSchema.of(new FrameField("state", DType.OBJECT), new FrameField("dosage", DType.FLOAT64));
    PAssert.that(pipeline.apply(ReadCsv.from(file.toString()).withSeparator('\t')))
        .containsInAnyOrder(row(expected, "OH", null), row(expected, "WV", 3.0));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void deadLetterModeWritesBadRecordsAndCountsThem(TestPipeline pipeline) throws IOException {
    Path file = Files.writeString(dir.resolve("mixed.csv"), "state,dosage\nOH,1\nWV,lots\nKY,2,extra\nPA,3\n");
    Path deadLetters = dir.resolve("rejected.csv");
    FrameSchema schema = FrameSchema.of(new FrameField("state", DType.OBJECT), new FrameField("dosage", DType.FLOAT64));
    PAssert.that(pipeline.apply(ReadCsv.from(file.toString()).withOptions(CsvReadOptions.defaults()
            .withDtypes(Map.of("dosage", "float64")).withSplitBytes(9).withDeadLetter(deadLetters.toString()))))
        .containsInAnyOrder(row(schema, "OH", 1.0), row(schema, "PA", 3.0));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(4, readCounter(result, BeamFrameMetrics.ROWS_READ));
    assertEquals(2, readCounter(result, BeamFrameMetrics.ROWS_OUT));
    assertEquals(2, readCounter(result, BeamFrameMetrics.ROWS_REJECTED));
    List<String> lines = Files.readAllLines(deadLetters);
    assertEquals("file,line,reason,text", lines.get(0));
    assertEquals(List.of(
        file + ",3,\"column dosage: cannot parse \"\"lots\"\" as float64; fix the value, or declare the column's "
            + "dtype as object and convert it with toNumeric(..., Errors.COERCE)\",\"WV,lots\"",
        file + ",4,\"expected 2 fields as in the header, found 3; fix the row (a field containing the separator "
            + "must be quoted)\",\"KY,2,extra\""),
        lines.subList(1, lines.size()).stream().sorted().toList());
  }

  @Test
  void aBadValueFailsTheRunWithFileLineColumnAndValue(TestPipeline pipeline) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.csv"), "state,dosage\nOH,1\nWV,lots\n");
    pipeline.apply(ReadCsv.from(file.toString()).withDtypes(Map.of("dosage", "float64")));
    Pipeline.PipelineExecutionException failure =
        assertThrows(Pipeline.PipelineExecutionException.class, () -> pipeline.run().waitUntilFinish());
    CsvRecordException cause = assertInstanceOf(CsvRecordException.class, failure.getCause());
    assertEquals(file + ":3: column dosage: cannot parse \"lots\" as float64; fix the value, or declare the "
        + "column's dtype as object and convert it with toNumeric(..., Errors.COERCE)", cause.getMessage());
  }

  @Test
  void nrowsTakesTheFirstRowsOfTheGlobInOrderAndReadsNoFurther(TestPipeline pipeline) throws IOException {
    Files.writeString(dir.resolve("part-1.csv"), "state,n\nOH,1\nWV,2\nKY,3\n");
    // Past the limit: a bad record a strict read would fail on, and a file no read could finish.
    Files.writeString(dir.resolve("part-2.csv"), "n,state\n4,PA\n5,NY\nsix,TX\n");
    Files.writeString(dir.resolve("part-3.csv"), "state,n\n\"never closed,7\n");
    FrameSchema schema = FrameSchema.of(new FrameField("state", DType.OBJECT), new FrameField("n", DType.INT64));
    PAssert.that(pipeline.apply(ReadCsv.from(dir + "/part-*.csv")
            .withOptions(CsvReadOptions.defaults().withNrows(5).withSplitBytes(1))))
        .containsInAnyOrder(row(schema, "OH", 1L), row(schema, "WV", 2L), row(schema, "KY", 3L), row(schema, "PA", 4L),
            row(schema, "NY", 5L));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(5, readCounter(result, BeamFrameMetrics.ROWS_READ));
    assertEquals(5, readCounter(result, BeamFrameMetrics.ROWS_OUT));
  }

  @Test
  void nrowsWithDeadLettersCountsGoodRowsAndReconciles(TestPipeline pipeline) throws IOException {
    Path file = Files.writeString(dir.resolve("mixed.csv"), "state,dosage\nOH,1\nWV,lots\nKY,2,extra\nPA,3\nNY,4\n");
    Path deadLetters = dir.resolve("rejected.csv");
    FrameSchema schema = FrameSchema.of(new FrameField("state", DType.OBJECT), new FrameField("dosage", DType.FLOAT64));
    PAssert.that(pipeline.apply(ReadCsv.from(file.toString()).withOptions(CsvReadOptions.defaults()
            .withDtypes(Map.of("dosage", "float64")).withNrows(2).withDeadLetter(deadLetters.toString()))))
        .containsInAnyOrder(row(schema, "OH", 1.0), row(schema, "PA", 3.0));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    // Hand-counted: OH, two bad records, PA (the second row): NY is not read.
    assertEquals(4, readCounter(result, BeamFrameMetrics.ROWS_READ));
    assertEquals(2, readCounter(result, BeamFrameMetrics.ROWS_OUT));
    assertEquals(2, readCounter(result, BeamFrameMetrics.ROWS_REJECTED));
    assertEquals(3, Files.readAllLines(deadLetters).size(), "a header and the two bad records");
  }

  @Test
  void latin1SingleQuotesHeaderlessAfterSkippedLinesAcrossSplits(TestPipeline pipeline) throws IOException {
    Path file = dir.resolve("export.txt");
    Files.write(file, ("Export, Zürich\n'Zweite ''Zeile''\nnoch'\n'Müller, A',1,Köln\nJosé,2,'ß\nß'\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    FrameSchema schema = FrameSchema.of(new FrameField("name", DType.OBJECT), new FrameField("n", DType.INT64),
        new FrameField("city", DType.OBJECT));
    PAssert.that(pipeline.apply(ReadCsv.from(file.toString()).withOptions(CsvReadOptions.defaults()
            .withEncoding("latin-1").withQuoteChar('\'').withSkipRows(2).withNoHeader()
            .withNames(List.of("name", "n", "city")).withSplitBytes(3))))
        .containsInAnyOrder(row(schema, "Müller, A", 1L, "Köln"), row(schema, "José", 2L, "ß\nß"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void deadLettersKeepThePhysicalLineAndTheTextInItsEncoding(TestPipeline pipeline) throws IOException {
    Path file = dir.resolve("junk.csv");
    Files.write(file, "Bericht\n\nstate,n\nKöln,1\nZürich,zwei\n".getBytes(StandardCharsets.ISO_8859_1));
    Path deadLetters = dir.resolve("rejected.csv");
    FrameSchema schema = FrameSchema.of(new FrameField("state", DType.OBJECT), new FrameField("n", DType.INT64));
    PAssert.that(pipeline.apply(ReadCsv.from(file.toString()).withOptions(CsvReadOptions.defaults()
            .withEncoding("latin-1").withSkipRows(2).withDtypes(Map.of("n", "int64")).withSplitBytes(4)
            .withDeadLetter(deadLetters.toString()))))
        .containsInAnyOrder(row(schema, "Köln", 1L));
    pipeline.run().waitUntilFinish();
    assertEquals(List.of("file,line,reason,text", file + ",5,\"column n: cannot parse \"\"zwei\"\" as int64; fix the value, "
        + "or declare the column's dtype as object and convert it with toNumeric(..., Errors.COERCE)\",\"Zürich,zwei\""),
        Files.readAllLines(deadLetters));
  }
}
