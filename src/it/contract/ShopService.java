// A tiny stand-in for the real shop service of the contract-check proof (run.sh), run as a
// single-file program so that CI needs nothing but the JDK:
//   java ShopService.java PORT_FILE LOG_FILE [--drift]
// Binds 127.0.0.1 on a free port, writes the port to PORT_FILE and logs every call as
// "METHOD /path" to LOG_FILE. With --drift it answers as a service that moved on: an id turned into
// a string, a field gone from an array element, a 404 that became 200, an extra field, HTML
// instead of plain text.
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

public class ShopService {
  static final String TOKEN = "Bearer it-secret-token";

  public static void main(String[] args) throws IOException {
    Path portFile = Path.of(args[0]);
    Path log = Path.of(args[1]);
    boolean drift = List.of(args).contains("--drift");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            Files.writeString(
                log,
                method + " " + exchange.getRequestURI() + "\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
            answer(exchange, method + " " + exchange.getRequestURI().getPath(), drift);
          }
        });
    server.start();
    Files.writeString(portFile, String.valueOf(server.getAddress().getPort()));
  }

  static void answer(HttpExchange exchange, String call, boolean drift) throws IOException {
    switch (call) {
      case "GET /orders/7" ->
          send(
              exchange,
              200,
              "application/json; charset=utf-8",
              drift
                  ? "{\"id\":\"7\",\"total\":12.5,\"items\":[{\"sku\":\"A-1\"}],"
                      + "\"customer\":{\"name\":\"Grace\"},\"note\":\"gift\"}"
                  : "{\"id\":7,\"total\":12.5,\"items\":[{\"sku\":\"A-1\",\"qty\":2}],"
                      + "\"customer\":{\"name\":\"Grace\"}}");
      case "GET /orders/999" ->
          send(exchange, drift ? 200 : 404, "application/json", "{\"error\":\"no order 999\"}");
      case "GET /health" -> send(exchange, 200, drift ? "text/html" : "text/plain", "UP");
      case "GET /account" ->
          send(
              exchange,
              TOKEN.equals(exchange.getRequestHeaders().getFirst("Authorization")) ? 200 : 401,
              "application/json",
              "{\"user\":\"grace\"}");
      case "POST /orders" -> send(exchange, 201, "application/json", "{\"id\":9}");
      default -> send(exchange, 404, "text/plain", "no route");
    }
  }

  static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
