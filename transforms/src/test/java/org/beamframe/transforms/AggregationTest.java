package org.beamframe.transforms;

import static org.beamframe.transforms.TestData.counter;
import static org.beamframe.transforms.TestData.create;
import static org.beamframe.transforms.TestData.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** AggregateBy and Reduce: pandas' null rules, exact values computed by hand. */
@ExtendWith(TestPipelineExtension.class)
class AggregationTest {
  private static final FrameSchema INPUT = FrameSchema.of(
      new FrameField("state", DType.OBJECT), new FrameField("year", DType.INT64),
      new FrameField("grams", DType.FLOAT64), new FrameField("pills", DType.INT64));

  private PCollection<Row> input(TestPipeline pipeline) {
    return create(pipeline, INPUT,
        row(INPUT, "OH", 2006L, 1.5, 10L),
        row(INPUT, "OH", 2006L, 2.25, null),
        row(INPUT, "OH", 2006L, null, 30L),
        row(INPUT, "WV", 2006L, null, null),
        row(INPUT, "WV", 2007L, 0.5, 5L),
        row(INPUT, null, 2007L, 100.0, 100L),
        row(INPUT, "KY", null, 100.0, 100L));
  }

  @Test
  void aggregateByDropsNullKeysAndSkipsNullValues(TestPipeline pipeline) {
    PCollection<Row> out = input(pipeline).apply(AggregateBy.keys("state", "year").aggregate(
        AggSpec.sum("grams"), AggSpec.count("grams").as("n"), AggSpec.mean("pills"),
        AggSpec.min("pills").as("fewest"), AggSpec.max("grams").as("most"), AggSpec.sum("pills").as("total")));
    FrameSchema expected = FrameSchema.of(
        new FrameField("state", DType.OBJECT), new FrameField("year", DType.INT64),
        new FrameField("grams", DType.FLOAT64), new FrameField("n", DType.INT64),
        new FrameField("pills", DType.FLOAT64), new FrameField("fewest", DType.INT64),
        new FrameField("most", DType.FLOAT64), new FrameField("total", DType.INT64));
    assertEquals(BeamSchemas.toBeam(expected), out.getSchema());
    PAssert.that(out).containsInAnyOrder(
        row(expected, "OH", 2006L, 3.75, 2L, 20.0, 10L, 2.25, 40L),
        row(expected, "WV", 2006L, 0.0, 0L, null, null, null, 0L),
        row(expected, "WV", 2007L, 0.5, 1L, 5.0, 5L, 0.5, 5L));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(2, counter(result, BeamFrameMetrics.ROWS_NULL_KEY));
  }

  @Test
  void reduceGivesOneRowAlsoForNoInput(TestPipeline pipeline) {
    PCollection<Row> all = input(pipeline).apply("All", Reduce.of(AggSpec.max("grams"), AggSpec.sum("pills"), AggSpec.count("state")));
    PCollection<Row> none = create(pipeline, "Empty", INPUT).apply("None", Reduce.of(AggSpec.max("grams"), AggSpec.sum("pills"), AggSpec.count("state")));
    FrameSchema expected = FrameSchema.of(new FrameField("grams", DType.FLOAT64), new FrameField("pills", DType.INT64),
        new FrameField("state", DType.INT64));
    PAssert.that(all).containsInAnyOrder(row(expected, 100.0, 245L, 6L));
    PAssert.that(none).containsInAnyOrder(row(expected, null, 0L, 0L));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void compensatedSumKeepsSmallAddendsThatAPlainSumLoses(TestPipeline pipeline) {
    FrameSchema schema = FrameSchema.of(new FrameField("x", DType.FLOAT64));
    PCollection<Row> out = create(pipeline, schema,
        row(schema, 1e16), row(schema, 1.0), row(schema, 1.0), row(schema, -1e16)).apply(Reduce.of(AggSpec.sum("x")));
    // A plain left-to-right double sum gives 0.0 here; the exact answer is 2.0.
    PAssert.that(out).containsInAnyOrder(row(schema, 2.0));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void badAggregationsFailWhenBuilt() {
    IllegalArgumentException sumOfText = assertThrows(IllegalArgumentException.class,
        () -> Reduce.of(AggSpec.sum("state")).outputSchema(INPUT));
    assertEquals("cannot take sum of column state (object); sum needs int64, float64 or bool; convert it first "
        + "(e.g. toNumeric)", sumOfText.getMessage());
  }

  /** pandas' groupby on a float64 key: -0.0 and 0.0 are one group, a missing (or NaN) key is dropped or kept. */
  @Test
  void groupsByFloatKeysAsPandas(TestPipeline pipeline) {
    FrameSchema schema = FrameSchema.of(new FrameField("temp", DType.FLOAT64), new FrameField("qty", DType.INT64));
    // NaN, which a CSV read never gives but rows from elsewhere may, is a missing key, as in pandas.
    PCollection<Row> rows = create(pipeline, schema, row(schema, 0.0, 1L), row(schema, -3.5, 2L), row(schema, -0.0, 4L),
        row(schema, null, 8L), row(schema, 1e300, 16L), row(schema, -3.5, 32L), row(schema, Double.NaN, 64L));
    PCollection<Row> dropped = rows.apply("Dropped", AggregateBy.keys("temp").aggregate(AggSpec.sum("qty")));
    PCollection<Row> kept = rows.apply("Kept",
        AggregateBy.keys("temp").keepingNullKeys().aggregate(AggSpec.sum("qty"), AggSpec.of(AggFunction.SIZE, "qty").as("n")));
    FrameSchema withSize = FrameSchema.of(new FrameField("temp", DType.FLOAT64), new FrameField("qty", DType.INT64),
        new FrameField("n", DType.INT64));
    PAssert.that(dropped).containsInAnyOrder(row(schema, 0.0, 5L), row(schema, -3.5, 34L), row(schema, 1e300, 16L));
    PAssert.that(kept).containsInAnyOrder(row(withSize, 0.0, 5L, 2L), row(withSize, -3.5, 34L, 2L),
        row(withSize, 1e300, 16L, 1L), row(withSize, null, 72L, 2L));
    pipeline.run().waitUntilFinish();
  }
}
