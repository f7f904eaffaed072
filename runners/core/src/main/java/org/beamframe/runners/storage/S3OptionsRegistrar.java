package org.beamframe.runners.storage;

import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsRegistrar;
import org.apache.beam.sdk.io.aws2.options.S3Options;

/**
 * Makes Beam's S3 flags ({@code --s3ClientFactoryClass}, {@code --SSEAlgorithm}, ...) known on the
 * command line: Beam's AWS module registers only the general AWS ones ({@code --awsRegion},
 * {@code --endpoint}, credentials).
 */
public final class S3OptionsRegistrar implements PipelineOptionsRegistrar {
  /**
   * The options interfaces this registrar makes known to Beam's {@code PipelineOptionsFactory}.
   *
   * @return Beam's {@code S3Options}
   */
  @Override
  public Iterable<Class<? extends PipelineOptions>> getPipelineOptions() {
    return List.of(S3Options.class);
  }
}
