package com.example.pets;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A tiny pet store client: the code under test. */
public final class PetClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  public PetClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The JSON list of pets. */
  public String list() throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + "/pets")).GET()).body();
  }

  /** The JSON of pet {@code id}, or {@code null} when the store has no such pet. */
  public String find(int id) throws IOException, InterruptedException {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/pets/" + id)).GET());
    return response.statusCode() == 404 ? null : response.body();
  }

  /** Create a pet and return the status code. */
  public int create(String json) throws IOException, InterruptedException {
    return send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/pets"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)))
        .statusCode();
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
