package org.beamframe.transforms;

import static org.beamframe.expr.Expressions.col;
import static org.beamframe.expr.Expressions.lit;
import static org.beamframe.expr.Expressions.toDatetime;
import static org.beamframe.transforms.TestData.counter;
import static org.beamframe.transforms.TestData.create;
import static org.beamframe.transforms.TestData.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.expr.ExprTypeException;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** AssignColumns, FilterRows and SelectColumns on hand-built rows. */
@ExtendWith(TestPipelineExtension.class)
class RowTransformsTest {
  private static final FrameSchema INPUT = FrameSchema.of(
      new FrameField("date", DType.FLOAT64), new FrameField("weight", DType.FLOAT64),
      new FrameField("factor", DType.FLOAT64), new FrameField("measure", DType.OBJECT));

  private PCollection<Row> input(TestPipeline pipeline) {
    return create(pipeline, INPUT,
        row(INPUT, 1062006.0, 2.0, 1.5, "TAB"),
        row(INPUT, 12152007.0, 4.0, null, "CAP"),
        row(INPUT, 3012008.0, null, 2.0, null));
  }

  @Test
  void assignAppendsNewColumnsInOrderAndReplacesInPlace(TestPipeline pipeline) {
    PCollection<Row> out = input(pipeline).apply(
        AssignColumns.of("when", toDatetime(col("date"), "%m%d%Y"))
            .and("year", col("when").dt().year())
            .and("weight", col("weight").mul(col("factor"))));
    FrameSchema expected = FrameSchema.of(
        new FrameField("date", DType.FLOAT64), new FrameField("weight", DType.FLOAT64),
        new FrameField("factor", DType.FLOAT64), new FrameField("measure", DType.OBJECT),
        new FrameField("when", DType.DATETIME64), new FrameField("year", DType.INT64));
    assertEquals(BeamSchemas.toBeam(expected), out.getSchema());
    PAssert.that(out).containsInAnyOrder(
        row(expected, 1062006.0, 3.0, 1.5, "TAB", LocalDateTime.of(2006, 1, 6, 0, 0), 2006L),
        row(expected, 12152007.0, null, null, "CAP", LocalDateTime.of(2007, 12, 15, 0, 0), 2007L),
        row(expected, 3012008.0, null, 2.0, null, LocalDateTime.of(2008, 3, 1, 0, 0), 2008L));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void filterKeepsTrueRowsAndCountsTheOthers(TestPipeline pipeline) {
    PCollection<Row> out = input(pipeline).apply(FilterRows.where(col("measure").eq(lit("TAB")).or(col("factor").gt(lit(1)))));
    PAssert.that(out).containsInAnyOrder(
        row(INPUT, 1062006.0, 2.0, 1.5, "TAB"),
        row(INPUT, 3012008.0, null, 2.0, null));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(1, counter(result, BeamFrameMetrics.ROWS_FILTERED));
  }

  @Test
  void filterRejectsANonBoolPredicateWhenApplied(TestPipeline pipeline) {
    PCollection<Row> rows = input(pipeline);
    ExprTypeException e = assertThrows(ExprTypeException.class, () -> rows.apply(FilterRows.where(col("weight"))));
    assertEquals("a filter needs a bool expression, but weight is float64", e.getMessage());
    pipeline.enableAbandonedNodeEnforcement(false);
  }

  @Test
  void selectKeepsNamedColumnsInTheGivenOrder(TestPipeline pipeline) {
    PCollection<Row> out = input(pipeline).apply(SelectColumns.of("measure", "weight"));
    FrameSchema expected = FrameSchema.of(new FrameField("measure", DType.OBJECT), new FrameField("weight", DType.FLOAT64));
    PAssert.that(out).containsInAnyOrder(row(expected, "TAB", 2.0), row(expected, "CAP", 4.0), row(expected, null, null));
    pipeline.run().waitUntilFinish();
  }
}
