package org.beamframe.transforms;

import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsRegistrar;

/**
 * Makes {@code --workerParallelism} and {@code --partialGroupsBudget} known to every Beam flag parser.
 * Found by Beam through {@code META-INF/services}; there is nothing to call.
 */
public final class BeamFrameOptionsRegistrar implements PipelineOptionsRegistrar {
  /**
   * The options BeamFrame adds.
   *
   * @return {@link BeamFrameOptions}
   */
  @Override
  public Iterable<Class<? extends PipelineOptions>> getPipelineOptions() {
    return List.of(BeamFrameOptions.class);
  }
}
