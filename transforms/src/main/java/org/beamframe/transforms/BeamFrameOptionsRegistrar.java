package org.beamframe.transforms;

import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsRegistrar;

/** Makes {@code --workerParallelism} and {@code --partialGroupsBudget} known to every Beam flag parser. */
public final class BeamFrameOptionsRegistrar implements PipelineOptionsRegistrar {
  @Override
  public Iterable<Class<? extends PipelineOptions>> getPipelineOptions() {
    return List.of(BeamFrameOptions.class);
  }
}
