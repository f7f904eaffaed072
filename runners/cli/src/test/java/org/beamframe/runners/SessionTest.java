package org.beamframe.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.io.aws2.options.S3ClientBuilderFactory;
import org.beamframe.exec.Executor;
import org.beamframe.runners.flink.FlinkProfile;
import org.beamframe.runners.storage.PathStyleS3Clients;
import org.beamframe.runners.storage.StorageOptions;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import org.junit.jupiter.api.Test;

class SessionTest {
  @Test
  void theDefaultSessionIsTheDirectRunnerOnAllCoresWithoutChecks() {
    DirectOptions options = Session.direct().pipelineOptions().as(DirectOptions.class);
    assertEquals(DirectRunner.class, options.getRunner());
    assertEquals(Runtime.getRuntime().availableProcessors(), options.getTargetParallelism());
    assertFalse(options.isEnforceImmutability());
    assertFalse(options.isEnforceEncodability());
  }

  @Test
  void settingsAndBeamFlagsReachTheOptions() {
    Session session = new Session(Runners.named("direct"),
        new SessionSettings(3, true, List.of("--jobName=county-year")));
    DirectOptions options = session.pipelineOptions().as(DirectOptions.class);
    assertEquals(3, options.getTargetParallelism());
    assertTrue(options.isEnforceImmutability());
    assertEquals("county-year", options.getJobName());
  }

  /** Beam's AWS flags reach the options as Beam users write them; an --endpoint of one's own gets path-style S3 addressing. */
  @Test
  void storageFlagsReachTheOptions() {
    Session session = new Session(Runners.named("direct"), new SessionSettings(0, false,
        List.of("--awsRegion=us-east-1", "--endpoint=http://127.0.0.1:9000", "--tempLocation=s3://bucket/tmp")));
    S3Options options = session.pipelineOptions().as(S3Options.class);
    assertEquals(Region.US_EAST_1, options.getAwsRegion());
    assertEquals(URI.create("http://127.0.0.1:9000"), options.getEndpoint());
    assertEquals(PathStyleS3Clients.class, options.getS3ClientFactoryClass());
    assertEquals("s3://bucket/tmp", session.resultLocation());
    assertEquals(System.getProperty("java.io.tmpdir"), Session.direct().resultLocation());
    // Without --awsRegion: the environment's or AWS config's region, else us-east-1, never a probe of
    // the EC2 metadata service (seconds on any other machine).
    if (System.getenv("AWS_REGION") == null && System.getProperty("aws.region") == null
        && !java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".aws", "config"))) {
      assertEquals(Region.US_EAST_1, Session.direct().pipelineOptions().as(S3Options.class).getAwsRegion());
    }
    Session ownFactory = new Session(Runners.named("direct"), new SessionSettings(0, false,
        List.of("--s3ClientFactoryClass=" + OwnS3Clients.class.getName())));
    assertEquals(OwnS3Clients.class,
        ownFactory.pipelineOptions().as(S3Options.class).getS3ClientFactoryClass(), "a factory the user names stays");
  }

  /** A team's own way to build S3 clients. */
  public static final class OwnS3Clients implements S3ClientBuilderFactory {
    @Override
    public S3ClientBuilder createBuilder(S3Options options) {
      return S3Client.builder();
    }
  }

  /** A cluster on another machine cannot reach this one's temporary directory: refused before anything is submitted. */
  @Test
  void aRemoteClusterNeedsATempLocationItCanReach() {
    for (List<String> flags : List.of(List.<String>of(), List.of("--tempLocation=/tmp/results"))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FlinkProfile().options(
          new SessionSettings(0, false, "192.0.2.10:8081", 0, flags)));
      assertEquals("the cluster at 192.0.2.10:8081 is not on this machine, so its workers cannot hand results back "
          + "through " + (flags.isEmpty() ? "this machine's temporary directory" : "the local path /tmp/results")
          + "; pass a temp location both reach, e.g. --tempLocation=s3://BUCKET/tmp", e.getMessage());
    }
    assertTrue(StorageOptions.isThisHost("127.0.0.1"));
    assertTrue(StorageOptions.isThisHost("localhost"));
    assertFalse(StorageOptions.isThisHost("192.0.2.10"));
  }

  @Test
  void startedSessionIsCurrentUntilClosed() {
    Executor before = Executor.current();
    try (Session session = Session.start(Session.direct())) {
      assertSame(session, Executor.current());
    }
    assertSame(before, Executor.current());
  }

  @Test
  void anUnknownRunnerListsTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Runners.named("spark"));
    assertEquals("unknown runner \"spark\"; known runners are [direct, flink-local, flink]", e.getMessage());
  }
}
