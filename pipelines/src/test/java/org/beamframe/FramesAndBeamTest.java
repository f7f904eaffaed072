package org.beamframe;

import static org.beamframe.expr.Expressions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.logicaltypes.SqlTypes;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.windowing.FixedWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;
import org.joda.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Frames meet Beam both ways: a frame of a PCollection and back (every dtype, nulls included), a
 * frame-building function as a transform in a pipeline of one's own, and frames of rows held in
 * memory, which give pandas' answers on pandas' fixture (testdata/query, made by pandas).
 */
@ExtendWith(TestPipelineExtension.class)
class FramesAndBeamTest {
  private static final Schema ALL_DTYPES = Schema.builder()
      .addStringField("s").addInt64Field("n").addDoubleField("x").addBooleanField("b")
      .addLogicalTypeField("t", SqlTypes.DATETIME)
      .addNullableField("maybe", FieldType.INT64)
      .build();
  /** What BeamFrame gives back: the same fields, every one nullable, as in pandas. */
  private static final Schema NULLABLE = Schema.builder()
      .addNullableField("s", FieldType.STRING).addNullableField("n", FieldType.INT64)
      .addNullableField("x", FieldType.DOUBLE).addNullableField("b", FieldType.BOOLEAN)
      .addNullableField("t", FieldType.logicalType(SqlTypes.DATETIME))
      .addNullableField("maybe", FieldType.INT64)
      .build();
  private static final LocalDateTime WHEN = LocalDateTime.of(2014, 8, 17, 6, 30);

  @Test
  void everyDtypeGoesThroughAFrameAndBackNullsIncluded(TestPipeline pipeline) {
    PCollection<Row> input = pipeline.apply(Create.of(
        Row.withSchema(ALL_DTYPES).addValues("OH", 3L, 1.5, true, WHEN, null).build(),
        Row.withSchema(ALL_DTYPES).addValues("WV", -7L, -0.25, false, WHEN.plusDays(1), 11L).build())
        .withRowSchema(ALL_DTYPES));
    DataFrame frame = BeamFrame.from(input);
    assertEquals(List.of(new FrameField("s", DType.OBJECT), new FrameField("n", DType.INT64),
        new FrameField("x", DType.FLOAT64), new FrameField("b", DType.BOOL), new FrameField("t", DType.DATETIME64),
        new FrameField("maybe", DType.INT64)), frame.schema().fields());
    PCollection<Row> back = frame.toPCollection(pipeline);
    assertEquals(NULLABLE, back.getSchema());
    PAssert.that(back).containsInAnyOrder(
        Row.withSchema(NULLABLE).addValues("OH", 3L, 1.5, true, WHEN, null).build(),
        Row.withSchema(NULLABLE).addValues("WV", -7L, -0.25, false, WHEN.plusDays(1), 11L).build());
    // A second frame in the same pipeline gets steps of its own names; nlargest's rows are a PCollection too.
    Schema largest = Schema.builder().addNullableField("s", FieldType.STRING).addNullableField("n", FieldType.INT64).build();
    PAssert.that(frame.select("s", "n").nlargest(1, "n").toPCollection(pipeline))
        .containsInAnyOrder(Row.withSchema(largest).addValues("OH", 3L).build());
    pipeline.run().waitUntilFinish();
  }

  /** A PCollection may be of any size: a merge never broadcasts it, as it would a small file. */
  @Test
  void aPCollectionOnAMergesRightSideIsShuffledNotBroadcast(TestPipeline pipeline) throws IOException {
    Schema buyers = Schema.builder().addStringField("buyer").addStringField("chain").build();
    DataFrame right = BeamFrame.from(pipeline.apply(Create.of(Row.withSchema(buyers).addValues("Kroger", "K").build())
        .withRowSchema(buyers)));
    DataFrame left = BeamFrame.fromRows(SHIPMENTS, shipmentRows());
    String plan = left.merge(right, org.beamframe.plan.JoinHow.INNER, "buyer").explain();
    assertTrue(plan.contains("(inner, shuffled)"), plan);
    assertTrue(left.merge(left.select("buyer", "state").rename(Map.of("state", "home")),
        org.beamframe.plan.JoinHow.INNER, "buyer").explain().contains("right side broadcast"), "rows in memory are small");
    // A pivot's first pass is a job of its own, which cannot read the caller's PCollection: the values are asked for.
    IllegalArgumentException pivot = assertThrows(IllegalArgumentException.class,
        () -> right.assign("one", org.beamframe.expr.Expressions.lit(1L))
            .pivotTable(List.of("buyer"), "chain", "one", org.beamframe.agg.AggFunction.COUNT));
    assertEquals("pivot_table cannot find the values of chain with a job of its own: this frame reads a PCollection "
        + "of your pipeline; pass them: pivotTable(index, \"chain\", \"one\", aggfunc, List.of(...))",
        pivot.getMessage());
    pipeline.enableAbandonedNodeEnforcement(false);
  }

  /** A concat of a file and rows in memory, each narrowed to the columns the group-by reads: pandas' answer. */
  @Test
  void aConcatOfAFileAndRowsInMemoryGivesPandasAnswer() throws IOException {
    DataFrame file = BeamFrame.readCsv(Path.of("..", "testdata", "query", "shipments.csv").toString(),
        org.beamframe.csv.CsvReadOptions.defaults().withDtypes(Map.of("id", "int64", "buyer", "object", "state",
            "object", "measure", "object", "units", "float64", "qty", "int64", "date", "object", "note", "object")));
    PandasSurfaceTest.assertTable("concat_groupby_keep_null", file.concat(BeamFrame.fromRows(SHIPMENTS, shipmentRows()))
        .groupbyKeepingNullKeys("state", "measure")
        .agg(new AggSpec("n", AggFunction.SIZE, "qty"), AggSpec.sum("qty").as("pieces")).compute());
  }

  /** BeamFrame.transform as Beam Python's DataframeTransform, between other transforms of one's pipeline. */
  @Test
  void aFrameBuildingFunctionIsATransformInOnesOwnPipeline(TestPipeline pipeline) {
    Schema shipments = Schema.builder().addStringField("state").addInt64Field("qty").addDoubleField("units").build();
    PCollection<Row> input = pipeline.apply(Create.of(
        Row.withSchema(shipments).addValues("OH", 3L, 10.0).build(),
        Row.withSchema(shipments).addValues("OH", 2L, 5.0).build(),
        Row.withSchema(shipments).addValues("WV", 1L, 7.5).build(),
        Row.withSchema(shipments).addValues("WV", 4L, 0.5).build())
        .withRowSchema(shipments));
    PCollection<Row> totals = input.apply("PiecesByState", BeamFrame.transform(frame -> frame
        .assign("pieces", col("qty").mul(col("units")))
        .groupby("state").agg(AggSpec.sum("pieces"), new AggSpec("n", AggFunction.SIZE, "qty"))));
    Schema out = Schema.builder().addNullableField("state", FieldType.STRING)
        .addNullableField("pieces", FieldType.DOUBLE).addNullableField("n", FieldType.INT64).build();
    // Hand-computed: OH 3 x 10 + 2 x 5 = 40 over 2 rows; WV 1 x 7.5 + 4 x 0.5 = 9.5 over 2 rows.
    PAssert.that(totals).containsInAnyOrder(Row.withSchema(out).addValues("OH", 40.0, 2L).build(),
        Row.withSchema(out).addValues("WV", 9.5, 2L).build());
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aBeamTypeWithoutADtypeIsNamedAndAFrameStaysInItsPipeline(TestPipeline pipeline) {
    Schema ints = Schema.builder().addStringField("state").addInt32Field("count32").build();
    PCollection<Row> input = pipeline.apply(Create.of(Row.withSchema(ints).addValues("OH", 1).build())
        .withRowSchema(ints));
    IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> BeamFrame.from(input));
    assertEquals("field count32 has Beam type INT32 NOT NULL, which BeamFrame does not support; use STRING, INT64, "
        + "DOUBLE, BOOLEAN or SqlTypes.DATETIME", type.getMessage());

    Schema strings = Schema.builder().addStringField("state").build();
    PCollection<Row> windowed = pipeline.apply("Windowed", Create.of(Row.withSchema(strings).addValues("OH").build())
        .withRowSchema(strings)).apply(Window.into(FixedWindows.of(Duration.standardMinutes(1))));
    IllegalArgumentException window = assertThrows(IllegalArgumentException.class, () -> BeamFrame.from(windowed));
    assertTrue(window.getMessage().endsWith("a frame computes over all of its rows: apply Window.into(new "
        + "GlobalWindows()) first"), window.getMessage());

    DataFrame frame = BeamFrame.from(pipeline.apply("States", Create.of(Row.withSchema(strings).addValues("OH").build())
        .withRowSchema(strings)));
    IllegalArgumentException elsewhere = assertThrows(IllegalArgumentException.class, frame::compute);
    assertTrue(elsewhere.getMessage().contains("a PCollection of another pipeline: apply the frame in that pipeline"),
        elsewhere.getMessage());
    IllegalStateException sorted = assertThrows(IllegalStateException.class,
        () -> frame.sortValues(SortKey.ascending("state")).toPCollection(pipeline));
    assertTrue(sorted.getMessage().startsWith("this frame is sorted, and a PCollection has no order"), sorted.getMessage());
    pipeline.enableAbandonedNodeEnforcement(false);
  }

  /** Rows in memory give pandas' own answers on the fixture pandas computed from the same rows. */
  @Test
  void aFrameOfRowsInMemoryGivesPandasAnswers() throws IOException {
    DataFrame shipments = BeamFrame.fromRows(SHIPMENTS, shipmentRows());
    PandasSurfaceTest.assertTable("frame_ops", shipments.drop("note", "date").rename(Map.of("buyer", "customer"))
        .dropna("customer").fillna(Map.of("units", 0.0)).sortValues(SortKey.ascending("id")).compute());
    PandasSurfaceTest.assertTable("value_counts", shipments.col("buyer").valueCounts().compute());
    PandasSurfaceTest.assertTable("concat_groupby_keep_null", shipments.concat(shipments)
        .groupbyKeepingNullKeys("state", "measure")
        .agg(new AggSpec("n", AggFunction.SIZE, "qty"), AggSpec.sum("qty").as("pieces")).compute());
  }

  @Test
  void recordsAreRowsByNameAndAWrongValueIsNamed() {
    FrameSchema schema = FrameSchema.of(List.of(new FrameField("state", DType.OBJECT), new FrameField("n", DType.INT64)));
    LocalTable table = BeamFrame.fromRecords(schema, List.of(Map.of("state", "OH", "n", 2L), Map.of("state", "WV")))
        .sortValues(SortKey.ascending("state")).compute();
    assertEquals(List.of(List.of("OH", 2L), java.util.Arrays.asList("WV", null)), table.rows());
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> BeamFrame.fromRows(schema, List.of(List.of("OH", 2.5))));
    assertEquals("row 0, column n: 2.5 is a Double, but the column is int64, whose values are Long (or null for missing)",
        wrong.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> BeamFrame.fromRecords(schema, List.of(Map.of("State", "OH"))));
    assertEquals("record 0 has \"State\", which is not a column of the schema [state, n]", unknown.getMessage());
  }

  private static final FrameSchema SHIPMENTS = FrameSchema.of(List.of(new FrameField("id", DType.INT64),
      new FrameField("buyer", DType.OBJECT), new FrameField("state", DType.OBJECT), new FrameField("measure", DType.OBJECT),
      new FrameField("units", DType.FLOAT64), new FrameField("qty", DType.INT64), new FrameField("date", DType.OBJECT),
      new FrameField("note", DType.OBJECT)));

  /** testdata/query/shipments.csv as typed values, parsed here by Commons CSV: an empty field is missing. */
  private static List<List<Object>> shipmentRows() throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(Path.of("..", "testdata", "query", "shipments.csv"))) {
      for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        List<Object> row = new ArrayList<>();
        for (FrameField field : SHIPMENTS.fields()) {
          String text = record.get(field.name());
          row.add(text.isEmpty() ? null : switch (field.type()) {
            case INT64 -> Long.parseLong(text);
            case FLOAT64 -> Double.parseDouble(text);
            default -> text;
          });
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
