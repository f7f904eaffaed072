package org.beamframe.runners.storage;

import org.apache.beam.sdk.io.aws2.options.S3ClientBuilderFactory;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.io.aws2.s3.DefaultS3ClientBuilderFactory;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * S3 clients as Beam builds them, with path-style addressing ({@code http://HOST/bucket/key})
 * whenever {@code --endpoint} names a server of one's own: S3-compatible servers (MinIO, Ceph,
 * S3Proxy) are rarely reachable under a host name per bucket. Without an endpoint, AWS's own
 * virtual-hosted style stays.
 */
public final class PathStyleS3Clients implements S3ClientBuilderFactory {
  /**
   * Beam's default S3 client builder for {@code options}, switched to path-style addressing when
   * {@code --endpoint} is set.
   *
   * @param options the S3 options of the pipeline (region, endpoint, credentials, ...)
   * @return a client builder configured as Beam's default factory does, plus path style for an endpoint
   */
  @Override
  public S3ClientBuilder createBuilder(S3Options options) {
    S3ClientBuilder builder = new DefaultS3ClientBuilderFactory().createBuilder(options);
    return options.getEndpoint() == null ? builder : builder.forcePathStyle(true);
  }
}
