package org.beamframe.runners.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads a Flink cluster's REST API (the dashboard's port): overview, jobs, vertices. */
public final class FlinkRest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String address;
  private final HttpClient client;

  /** {@code address} is {@code host:port} of the REST endpoint, e.g. {@code 127.0.0.1:8081}. */
  public FlinkRest(String address) {
    this.address = address;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  }

  public String dashboard() {
    return "http://" + address;
  }

  /** GET {@code path} as JSON; an unreachable cluster is an error that names the address and what to do. */
  public JsonNode get(String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(dashboard() + path)).timeout(Duration.ofSeconds(5)).GET().build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Flink at " + address + " answered " + response.statusCode() + " to GET " + path
            + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new FlinkUnreachableException(address, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking Flink at " + address, e);
    }
  }

  /** The ids of every job the cluster knows, running or done. */
  public java.util.Set<String> jobIds() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    get("/jobs/overview").path("jobs").forEach(job -> ids.add(job.path("jid").asText()));
    return ids;
  }

  /** The cluster's overview: taskmanagers, slots-total, slots-available, jobs-running, ... */
  public JsonNode overview() {
    return get("/overview");
  }
}
