package org.beamframe.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** The budget of partial groups: as given for groups of a few aggregations, proportionally fewer for wide ones. */
class BeamFrameOptionsTest {
  @Test
  void groupsOfManyAggregationsGetAProportionallySmallerBudget() {
    PipelineOptions options = PipelineOptionsFactory.fromArgs("--partialGroupsBudget=1000").create();
    assertEquals(1000, BeamFrameOptions.partialGroupsBudget(options, 3));
    assertEquals(1000, BeamFrameOptions.partialGroupsBudget(options, 16));
    // 160 aggregations (a pivot table of 80 values counting its rows): 1000 * 16 / 160 groups.
    assertEquals(100, BeamFrameOptions.partialGroupsBudget(options, 160));
    assertEquals(1, BeamFrameOptions.partialGroupsBudget(options, 1_000_000));
  }
}
