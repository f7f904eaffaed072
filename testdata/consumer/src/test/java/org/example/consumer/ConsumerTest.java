package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.beamframe.BeamFrame;
import org.beamframe.LocalTable;
import org.beamframe.agg.AggFunction;
import org.beamframe.agg.AggSpec;
import org.beamframe.examples.ArcosData;
import org.beamframe.examples.MorphineEquivalents;
import org.beamframe.runners.Session;
import org.beamframe.transforms.AggregateBy;
import org.beamframe.transforms.ReadCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** BeamFrame from a plain Maven dependency, as another team uses it. */
@ExtendWith(TestPipelineExtension.class)
class ConsumerTest {
  private static final Path TESTDATA = Path.of("..");

  /** (a) The course table through the facade: no Session, no runner named, the DirectRunner by default. */
  @Test
  void theCourseTableWithNoSessionAndNoRunnerNamed() throws IOException {
    assertIsTheReference(MorphineEquivalents.byCountyYear(ArcosData.read(TESTDATA.resolve("arcos-sample.csv").toString()))
        .compute());
  }

  /** The same through a Session of our own (beamframe-runners), as a dask user starts a Client. */
  @Test
  void theCourseTableThroughASession() throws IOException {
    try (Session session = Session.start(Session.direct())) {
      assertIsTheReference(MorphineEquivalents.byCountyYear(ArcosData.read(TESTDATA.resolve("arcos-sample.csv")
          .toString())).compute(session));
    }
  }

  private static void assertIsTheReference(LocalTable table) throws IOException {
    List<String> expected = Files.readAllLines(TESTDATA.resolve("arcos-sample.expected-morphine.csv"));
    List<String> got = table.toCsv().lines().toList();
    assertEquals(expected.size(), got.size());
    for (int i = 0; i < expected.size(); i++) {
      String want = expected.get(i);
      String line = got.get(i);
      int cut = want.lastIndexOf(',');
      assertEquals(want.substring(0, cut), line.substring(0, line.lastIndexOf(',')), "line " + (i + 1));
      if (i > 0) {
        double grams = Double.parseDouble(want.substring(cut + 1));
        assertEquals(grams, Double.parseDouble(line.substring(line.lastIndexOf(',') + 1)),
            1e-9 * Math.max(1, Math.abs(grams)), "line " + (i + 1));
      }
    }
  }

  /** (b) BeamFrame's transforms and a frame-built transform among the team's own Beam transforms. */
  @Test
  void transformsAndAFrameInsideOurOwnPipeline(TestPipeline pipeline) throws IOException {
    PCollection<Row> shipments = pipeline.apply("ReadTiny",
        ReadCsv.from(TESTDATA.resolve("arcos-tiny.csv").toString()).withDtypes(ArcosData.DTYPES));

    PCollection<String> grams = shipments
        .apply("Morphine", BeamFrame.transform(MorphineEquivalents::byCountyYear))
        .apply("Format", MapElements.into(TypeDescriptors.strings()).via((Row row) ->
            row.getInt64("year") + "," + row.getString("BUYER_STATE") + "," + row.getString("BUYER_COUNTY") + ","
                + row.getDouble("morphine_equivalent_g")));
    List<String> expected = Files.readAllLines(TESTDATA.resolve("arcos-tiny.expected-morphine.csv"));
    PAssert.that(grams).containsInAnyOrder(expected.subList(1, expected.size()));

    PCollection<String> perState = shipments
        .apply("PerState", AggregateBy.keys("BUYER_STATE").aggregate(new AggSpec("n", AggFunction.SIZE, "BUYER_STATE")))
        .apply("FormatState", MapElements.into(TypeDescriptors.strings())
            .via((Row row) -> row.getString("BUYER_STATE") + "=" + row.getInt64("n")));
    // Counted by Python's csv module: WV 4, OH 3, KY 2, IA 1.
    PAssert.that(perState).containsInAnyOrder("WV=4", "OH=3", "KY=2", "IA=1");
    pipeline.run().waitUntilFinish();
  }
}
