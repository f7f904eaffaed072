package org.beamframe.transforms;

import static org.beamframe.transforms.TestData.create;
import static org.beamframe.transforms.TestData.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.beamframe.types.SortKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One sorted CSV file: each key in turn, its direction, missing values last; a header even for no rows. */
@ExtendWith(TestPipelineExtension.class)
class WriteSortedCsvTest {
  private static final FrameSchema SCHEMA = FrameSchema.of(
      new FrameField("state", DType.OBJECT), new FrameField("n", DType.INT64), new FrameField("grams", DType.FLOAT64));

  @TempDir Path dir;

  @Test
  void rowsAreSortedByEachKeyInTurnWithMissingValuesLast(TestPipeline pipeline) throws IOException {
    Path file = dir.resolve("sorted.csv");
    create(pipeline, SCHEMA,
        row(SCHEMA, "WV", 1L, 2.5), row(SCHEMA, "OH", 3L, null), row(SCHEMA, null, 9L, 1.0),
        row(SCHEMA, "OH", 7L, 0.5), row(SCHEMA, "OH", null, 4.0), row(SCHEMA, "WV", 2L, 1.5))
        .apply(WriteSortedCsv.to(file.toString(), List.of(SortKey.ascending("state"), SortKey.descending("n"))));
    pipeline.run().waitUntilFinish();
    // By hand: states ascending (missing last), then n descending (missing last within OH). Commons CSV
    // quotes an empty first field, as every BeamFrame CSV writer does, so the line is not blank.
    assertEquals(List.of("state,n,grams", "OH,7,0.5", "OH,3,", "OH,,4.0", "WV,2,1.5", "WV,1,2.5", "\"\",9,1.0"),
        Files.readAllLines(file));
  }

  @Test
  void aKeyOfCategoriesSortsByTheirOrder(TestPipeline pipeline) throws IOException {
    Path file = dir.resolve("categories.csv");
    create(pipeline, SCHEMA, row(SCHEMA, "OH", 1L, 2.5), row(SCHEMA, "WV", 2L, null), row(SCHEMA, "KY", 3L, 1.0))
        .apply(WriteSortedCsv.to(file.toString(), List.of(SortKey.inOrder("state", List.of("WV", "KY", "OH")))));
    pipeline.run().waitUntilFinish();
    assertEquals(List.of("state,n,grams", "WV,2,", "KY,3,1.0", "OH,1,2.5"), Files.readAllLines(file));
  }

  @Test
  void noRowsGiveTheHeaderAlone(TestPipeline pipeline) throws IOException {
    Path file = dir.resolve("empty.csv");
    create(pipeline, SCHEMA).apply(WriteSortedCsv.to(file.toString(), List.of(SortKey.ascending("n"))));
    pipeline.run().waitUntilFinish();
    assertEquals(List.of("state,n,grams"), Files.readAllLines(file));
  }
}
