package org.beamframe.runners.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.beamframe.runners.flink.Ports;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3 API server for the tests: S3Proxy (its runnable jar, copied by the build) in its own
 * JVM on 127.0.0.1, storing objects in a local directory, with the identity of the AWS default
 * chain the tests run with (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY). Stopped by PID.
 */
public final class S3ProxyProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;
  private final S3Client client;

  private S3ProxyProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.client = S3Client.builder()
        .endpointOverride(endpoint())
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(identity(), credential())))
        .build();
  }

  static String identity() {
    return System.getenv("AWS_ACCESS_KEY_ID");
  }

  static String credential() {
    return System.getenv("AWS_SECRET_ACCESS_KEY");
  }

  /** Starts S3Proxy with its objects under {@code home} and waits until it accepts connections. */
  public static S3ProxyProcess start(Path home) throws IOException, InterruptedException {
    if (identity() == null || credential() == null) {
      throw new IllegalStateException("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set (the build sets them for *IT tests)");
    }
    int port = Ports.free();
    Path data = Files.createDirectories(home.resolve("objects"));
    Path properties = home.resolve("s3proxy.conf");
    Files.writeString(properties, String.join("\n",
        "s3proxy.endpoint=http://127.0.0.1:" + port,
        "s3proxy.authorization=aws-v2-or-v4",
        "s3proxy.identity=" + identity(),
        "s3proxy.credential=" + credential(),
        // Beam's S3 writes always send x-amz-server-side-encryption-bucket-key-enabled, which S3
        // accepts and S3Proxy's filesystem backend has no use for.
        "s3proxy.ignore-unknown-headers=true",
        "jclouds.provider=filesystem",
        "jclouds.filesystem.basedir=" + data) + "\n");
    String jar = System.getProperty("s3proxy.jar");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-jar", jar, "--properties", properties.toString()));
    Path log = home.resolve("s3proxy.log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("LOG_LEVEL", "debug"); // one line per request: what the tests read back
    Process process = builder.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!accepts(port)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("S3Proxy did not start on port " + port + ": "
            + Files.readString(log));
      }
      Thread.sleep(200);
    }
    return new S3ProxyProcess(process, port, log);
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public long pid() {
    return process.pid();
  }

  /** The Beam flags that reach this server: region, endpoint (credentials come from the environment). */
  public List<String> beamFlags() {
    return List.of("--awsRegion=us-east-1", "--endpoint=" + endpoint());
  }

  public void createBucket(String bucket) {
    client.createBucket(request -> request.bucket(bucket));
  }

  public void put(String bucket, String key, byte[] bytes) {
    client.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
  }

  public void put(String bucket, String key, Path file) {
    client.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromFile(file));
  }

  public byte[] get(String bucket, String key) {
    return client.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
  }

  /** The keys in {@code bucket} that start with {@code prefix}, sorted. */
  public List<String> keys(String bucket, String prefix) {
    return client.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
        .map(S3Object::key).sorted().toList();
  }

  /** The requests the server has answered so far, as "METHOD /bucket/key". */
  public List<String> requests() throws IOException {
    String host = "http://127.0.0.1:" + port;
    return Files.readAllLines(log).stream()
        .filter(line -> line.contains("request: Request("))
        .map(line -> line.replaceAll(".*request: Request\\((\\w+) " + host + "([^)]*)\\).*", "$1 $2"))
        .toList();
  }

  /** Stops the server by its PID and waits until it is gone. */
  @Override
  public void close() throws InterruptedException {
    client.close();
    ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroy);
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    if (process.isAlive()) {
      throw new UncheckedIOException(new IOException("S3Proxy (PID " + process.pid() + ") did not stop"));
    }
  }
}
