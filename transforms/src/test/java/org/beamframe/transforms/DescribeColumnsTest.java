package org.beamframe.transforms;

import static org.beamframe.transforms.TestData.create;
import static org.beamframe.transforms.TestData.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.DescribeAccumulator;
import org.beamframe.agg.DescribeAggregator;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DescribeColumns: pandas' describe of hand-built rows, values computed by hand. */
@ExtendWith(TestPipelineExtension.class)
class DescribeColumnsTest {
  private static final FrameSchema INPUT = FrameSchema.of(new FrameField("a", DType.INT64),
      new FrameField("b", DType.FLOAT64), new FrameField("c", DType.OBJECT));
  private static final FrameSchema OUTPUT = FrameSchema.of(new FrameField("statistic", DType.OBJECT),
      new FrameField("a", DType.FLOAT64), new FrameField("b", DType.FLOAT64));

  @Test
  void eightStatisticsPerColumnMissingValuesSkipped(TestPipeline pipeline) {
    PCollection<Row> out = create(pipeline, INPUT,
        row(INPUT, 1L, 0.5, "x"), row(INPUT, 2L, null, "y"), row(INPUT, 3L, 2.5, null),
        row(INPUT, 4L, null, "z"), row(INPUT, null, 4.5, "x"))
        .apply(DescribeColumns.of(List.of("a", "b")));
    assertEquals(BeamSchemas.toBeam(OUTPUT), out.getSchema());
    // a = 1, 2, 3, 4: std = sqrt((2.25 + 0.25 + 0.25 + 2.25) / 3); quartiles at h = 3p: 0.75 gives
    // 2 - 0.25 * (2 - 1), 1.5 gives 3 - 0.5, 2.25 gives 3 + 0.25. b = 0.5, 2.5, 4.5: std = sqrt(8 / 2);
    // h = 2p: 0.5 gives 2.5 - 0.5 * 2, 1 gives 2.5, 1.5 gives 4.5 - 0.5 * 2.
    // std is merged from the bundles' partial states, whose split the runner chooses: its last bit may
    // differ between runs, so it is compared to 1e-12 relative; everything else exactly.
    Map<String, double[]> expected = Map.of("count", new double[] {4.0, 3.0}, "mean", new double[] {2.5, 2.5},
        "std", new double[] {Math.sqrt(5.0 / 3), 2.0}, "min", new double[] {1.0, 0.5},
        "25%", new double[] {1.75, 1.5}, "50%", new double[] {2.5, 2.5}, "75%", new double[] {3.25, 3.5},
        "max", new double[] {4.0, 4.5});
    PAssert.that(out).satisfies(rows -> {
      int seen = 0;
      for (Row row : rows) {
        double[] want = expected.get(row.getString("statistic"));
        double tolerance = row.getString("statistic").equals("std") ? 1e-12 : 0;
        assertEquals(want[0], row.getDouble("a"), want[0] * tolerance, row.toString());
        assertEquals(want[1], row.getDouble("b"), want[1] * tolerance, row.toString());
        seen++;
      }
      assertEquals(expected.size(), seen, "one row per statistic");
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void noRowsGiveACountOfZeroAndMissingStatistics(TestPipeline pipeline) {
    PCollection<Row> none = pipeline.apply(Create.empty(BeamSchemas.toBeam(INPUT)));
    PAssert.that(none.apply(DescribeColumns.of(List.of("b")))).containsInAnyOrder(
        Arrays.asList("count", "mean", "std", "min", "25%", "50%", "75%", "max").stream()
            .map(name -> row(OUTPUT.select(List.of("statistic", "b")), name, name.equals("count") ? 0.0 : null))
            .toList());
    pipeline.run().waitUntilFinish();
  }

  @Test
  void onlyNumericColumnsAreDescribed() {
    DescribeColumns text = DescribeColumns.of(List.of("a", "c"));
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> text.outputSchema(INPUT));
    assertEquals("describe: column c is object; describe takes int64 and float64 columns (convert it first, e.g. "
        + "toNumeric or astype(\"float64\"))", refused.getMessage());
  }

  @Test
  void aPartialStateCrossesTheShuffleUnchanged() throws IOException {
    // Capacity 4: the sketches are compacted, so the coder carries levels, not just values.
    DescribeAggregator aggregator = new DescribeAggregator(INPUT, List.of("a", "b"), 4);
    DescribeAccumulator state = aggregator.create();
    for (long i = 0; i < 50; i++) {
      Object[] values = {i * 3 % 17, i % 5 == 0 ? null : i * 0.5, "x"};
      aggregator.add(state, index -> values[index]);
    }
    DescribeAccumulatorCoder coder = new DescribeAccumulatorCoder(aggregator);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    coder.encode(state, bytes);
    DescribeAccumulator back = coder.decode(new ByteArrayInputStream(bytes.toByteArray()));
    List<Object[]> want = aggregator.extract(state);
    List<Object[]> got = aggregator.extract(back);
    for (int i = 0; i < want.size(); i++) {
      assertArrayEquals(want.get(i), got.get(i), "row " + i);
    }
  }
}
