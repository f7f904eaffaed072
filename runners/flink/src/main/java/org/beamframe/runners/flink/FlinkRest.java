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

  /**
   * A client for the cluster at {@code address}; nothing is contacted until a request. Requests
   * connect within 3 s and complete within 5 s, else fail.
   *
   * @param address {@code host:port} of the REST endpoint, e.g. {@code 127.0.0.1:8081}
   */
  public FlinkRest(String address) {
    this.address = address;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  }

  /**
   * The URL of the cluster's web dashboard, which is also the base of its REST API.
   *
   * @return {@code http://} followed by the address
   */
  public String dashboard() {
    return "http://" + address;
  }

  /**
   * GET {@code path} as JSON; an unreachable cluster is an error that names the address and what to do.
   *
   * @param path a REST path starting with {@code /}, e.g. {@code /overview} or {@code /jobs/overview}
   * @return the parsed JSON body of a {@code 200} answer
   * @throws FlinkUnreachableException on an I/O error: no answer, a timeout, or a body that is not JSON
   * @throws IllegalStateException if the cluster answers with another status (the message holds the
   *     body), or the thread is interrupted while waiting
   */
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

  /**
   * The ids of every job the cluster knows, running or done.
   *
   * @return the job ids, as a new mutable set
   * @throws FlinkUnreachableException if the cluster does not answer
   */
  public java.util.Set<String> jobIds() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    get("/jobs/overview").path("jobs").forEach(job -> ids.add(job.path("jid").asText()));
    return ids;
  }

  /**
   * The cluster's overview: taskmanagers, slots-total, slots-available, jobs-running, ...
   *
   * @return the JSON object of {@code GET /overview}
   * @throws FlinkUnreachableException if the cluster does not answer
   */
  public JsonNode overview() {
    return get("/overview");
  }
}
