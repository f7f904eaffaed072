package org.beamframe.runners.storage;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.io.aws2.s3.DefaultS3ClientBuilderFactory;
import org.apache.beam.sdk.options.PipelineOptions;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;

/**
 * How a session's paths reach their storage: Beam's filesystem options as the user gave them
 * ({@code --awsRegion}, {@code --endpoint}, {@code --tempLocation}, credentials from the AWS
 * default chain), with path-style S3 addressing for an {@code --endpoint} of one's own.
 */
public final class StorageOptions {
  private StorageOptions() {}

  /**
   * Fills in what BeamFrame defaults differently from Beam; options travel with the job to every
   * worker. Without {@code --awsRegion}, the region is the AWS SDK's from the environment
   * ({@code AWS_REGION}, {@code aws.region}) or the AWS config file, else us-east-1: Beam would
   * also ask the EC2 instance metadata service, which costs seconds on every machine that is not
   * an EC2 instance, for every run, whether it reads S3 or not. When the S3 client factory is still
   * Beam's default, it becomes {@link PathStyleS3Clients}; one given with
   * {@code --s3ClientFactoryClass} is kept.
   *
   * @param <T> the options interface
   * @param options options just parsed from {@code beamArgs}; changed in place
   * @param beamArgs the flags {@code options} were parsed from, to tell whether {@code --awsRegion} was given
   * @return {@code options} itself
   */
  public static <T extends PipelineOptions> T withDefaults(T options, List<String> beamArgs) {
    S3Options s3 = options.as(S3Options.class);
    if (beamArgs.stream().noneMatch(arg -> arg.startsWith("--awsRegion="))) {
      s3.setAwsRegion(regionWithoutInstanceMetadata());
    }
    if (s3.getS3ClientFactoryClass() == DefaultS3ClientBuilderFactory.class) {
      s3.setS3ClientFactoryClass(PathStyleS3Clients.class);
    }
    return options;
  }

  private static Region regionWithoutInstanceMetadata() {
    for (AwsRegionProvider provider : List.of(new SystemSettingsRegionProvider(), new AwsProfileRegionProvider())) {
      try {
        return provider.getRegion();
      } catch (SdkClientException notThere) {
        // the next provider
      }
    }
    return Region.US_EAST_1;
  }

  /**
   * Whether {@code host} is this machine (a loopback address or one of its interfaces'). A host name
   * is resolved first (which may ask DNS).
   *
   * @param host a host name or IP address, e.g. {@code localhost} or {@code 10.0.0.5}
   * @return true if it names this machine; false otherwise, also when it does not resolve
   */
  public static boolean isThisHost(String host) {
    try {
      InetAddress address = InetAddress.getByName(host);
      return address.isLoopbackAddress() || address.isAnyLocalAddress() || NetworkInterface.getByInetAddress(address) != null;
    } catch (UnknownHostException | SocketException e) {
      return false;
    }
  }
}
