package org.beamframe.transforms;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Combine.CombineFn;
import org.beamframe.agg.Aggregator;
import org.beamframe.agg.PartialGroups;

/** Merges the partial groups of one partition, as read from many splits, into one set of groups. */
final class MergePartialGroupsFn extends CombineFn<PartialGroups, PartialGroups, PartialGroups> {
  private final Aggregator aggregator;
  private final Schema keySchema;

  MergePartialGroupsFn(Aggregator aggregator, Schema keySchema) {
    this.aggregator = aggregator;
    this.keySchema = keySchema;
  }

  @Override
  public PartialGroups createAccumulator() {
    return new PartialGroups();
  }

  @Override
  public PartialGroups addInput(PartialGroups merged, PartialGroups partial) {
    merged.mergeAll(partial, aggregator);
    return merged;
  }

  @Override
  public PartialGroups mergeAccumulators(Iterable<PartialGroups> accumulators) {
    PartialGroups merged = new PartialGroups();
    accumulators.forEach(partial -> merged.mergeAll(partial, aggregator));
    return merged;
  }

  @Override
  public PartialGroups extractOutput(PartialGroups merged) {
    return merged;
  }

  @Override
  public Coder<PartialGroups> getAccumulatorCoder(CoderRegistry registry, Coder<PartialGroups> inputCoder) {
    return new PartialGroupsCoder(keySchema, aggregator);
  }

  @Override
  public Coder<PartialGroups> getDefaultOutputCoder(CoderRegistry registry, Coder<PartialGroups> inputCoder) {
    return new PartialGroupsCoder(keySchema, aggregator);
  }
}
