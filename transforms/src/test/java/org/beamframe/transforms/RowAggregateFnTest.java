package org.beamframe.transforms;

import static org.beamframe.transforms.TestData.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.values.Row;
import org.beamframe.agg.AggAccumulator;
import org.beamframe.agg.AggSpec;
import org.beamframe.types.DType;
import org.beamframe.types.FrameField;
import org.beamframe.types.FrameSchema;
import org.junit.jupiter.api.Test;

/** Partial aggregates split, encoded for the shuffle and merged give the single-pass answer. */
class RowAggregateFnTest {
  private static final FrameSchema INPUT = FrameSchema.of(
      new FrameField("grams", DType.FLOAT64), new FrameField("county", DType.OBJECT),
      new FrameField("day", DType.DATETIME64), new FrameField("flag", DType.BOOL));
  private final RowAggregateFn fn = new RowAggregateFn(INPUT, List.of(
      AggSpec.sum("grams"), AggSpec.mean("grams").as("avg"), AggSpec.min("county"), AggSpec.max("day"),
      AggSpec.sum("flag"), AggSpec.count("county").as("n")));

  @Test
  void mergingEncodedPartialsEqualsOnePass() throws IOException {
    List<Row> rows = List.of(
        row(INPUT, 1.5, "PIKE", LocalDateTime.of(2006, 1, 6, 0, 0), true),
        row(INPUT, null, "CABELL", LocalDateTime.of(2012, 12, 31, 23, 59, 59), false),
        row(INPUT, 2.5, null, null, true),
        row(INPUT, 4.0, "SCIOTO", LocalDateTime.of(2010, 2, 28, 0, 0), null));
    AggAccumulator first = fn.createAccumulator();
    AggAccumulator second = fn.createAccumulator();
    for (int i = 0; i < rows.size(); i++) {
      fn.addInput(i < 2 ? first : second, rows.get(i));
    }
    Coder<AggAccumulator> coder = fn.getAccumulatorCoder(CoderRegistry.createDefault(), RowCoder.of(BeamSchemas.toBeam(INPUT)));
    Row merged = fn.extractOutput(fn.mergeAccumulators(List.of(roundTrip(coder, first), roundTrip(coder, second))));
    FrameSchema expected = FrameSchema.of(
        new FrameField("grams", DType.FLOAT64), new FrameField("avg", DType.FLOAT64),
        new FrameField("county", DType.OBJECT), new FrameField("day", DType.DATETIME64),
        new FrameField("flag", DType.INT64), new FrameField("n", DType.INT64));
    assertEquals(row(expected, 8.0, 8.0 / 3, "CABELL", LocalDateTime.of(2012, 12, 31, 23, 59, 59), 2L, 3L), merged);
  }

  private static AggAccumulator roundTrip(Coder<AggAccumulator> coder, AggAccumulator value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    coder.encode(value, bytes);
    return coder.decode(new ByteArrayInputStream(bytes.toByteArray()));
  }
}
