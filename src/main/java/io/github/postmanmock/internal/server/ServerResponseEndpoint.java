package io.github.postmanmock.internal.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.postmanmock.internal.model.ExampleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The admin endpoint {@code .../server-response}: {@code GET} shows the active server response (an
 * outage), {@code PUT} sets one from {@code {"status": 503, "body": "...", "headers": {...}}} and
 * {@code DELETE} clears it. The change is one state swap, so it applies from the next call on.
 */
final class ServerResponseEndpoint {
  static final String ALLOWED = "GET, PUT, DELETE";

  /**
   * What to answer: a status and a JSON body, or no body ({@code json == null}).
   *
   * @param status the status code
   * @param json the body, or {@code null}
   */
  record Answer(int status, byte[] json) {}

  private final Supplier<MockState> state;
  private final Consumer<UnaryOperator<MockState>> update;

  /**
   * @param state the state the next call is answered from
   * @param update applies an edit to the state atomically
   */
  ServerResponseEndpoint(Supplier<MockState> state, Consumer<UnaryOperator<MockState>> update) {
    this.state = Objects.requireNonNull(state, "state");
    this.update = Objects.requireNonNull(update, "update");
  }

  /**
   * The body of a {@code PUT} to this endpoint ({@code rest} is the path after the prefix), read
   * before the admin handler discards bodies: at most one byte past the limit, so a longer one is
   * refused. Empty for every other call; {@code null} when it cannot be read.
   */
  static byte[] takeBody(HttpExchange exchange, String rest) {
    if (!rest.equals("/server-response") || !exchange.getRequestMethod().equalsIgnoreCase("PUT")) {
      return new byte[0];
    }
    try {
      InputStream in = exchange.getRequestBody();
      return in.readNBytes(ServerResponseJson.MAX_BYTES + 1);
    } catch (IOException e) {
      return null;
    }
  }

  Answer answer(String method, byte[] body) {
    if (method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("HEAD")) {
      return new Answer(200, ServerResponseJson.describe(state.get().serverResponse()));
    }
    if (method.equalsIgnoreCase("DELETE")) {
      update.accept(s -> s.withServerResponse(null));
      return new Answer(204, null);
    }
    if (!method.equalsIgnoreCase("PUT")) {
      return new Answer(405, null);
    }
    ExampleResponse next;
    try {
      next = ServerResponseJson.parse(body);
    } catch (IllegalArgumentException e) {
      return new Answer(400, error(e.getMessage()));
    }
    update.accept(s -> s.withServerResponse(next));
    return new Answer(200, ServerResponseJson.describe(next));
  }

  private static byte[] error(String message) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.putObject("error").put("name", "invalidParamError").put("message", message);
    return CallLogJson.bytes(root);
  }
}
