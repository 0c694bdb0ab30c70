package io.github.postmanmock.standalone;

import io.github.postmanmock.CorsMode;
import io.github.postmanmock.Delay;
import io.github.postmanmock.MockServerBuilder;
import io.github.postmanmock.ServerResponse;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The flags of {@code serve} that map onto the server builder. A new server option is one entry
 * here: its spellings, how its value reads, the {@link MockServerBuilder} call it maps onto, and
 * its lines in {@code --help}; and one name in {@link #ALL}, where {@code --help} lists it. The
 * flags the command line handles itself are the {@link ProcessFlags}.
 */
final class ServeFlags {
  static final int DEFAULT_PORT = 3000;

  /** Postman's cloud mock refuses request bodies past 1 MB (SPEC §4). */
  static final long DEFAULT_MAX_BODY = 1024 * 1024;

  static final ServeFlag<Path> ENVIRONMENT =
      ServeFlag.of(
          "--environment -e",
          FlagValues::path,
          MockServerBuilder::environment,
          "-e, --environment FILE  resolve {{variables}} from this Postman environment file");
  static final ServeFlag<Integer> PORT =
      ServeFlag.of(
              "--port -p",
              FlagValues::number,
              MockServerBuilder::port,
              "-p, --port N            listen on port N (default 3000; 0 picks a free port)")
          .orElse(DEFAULT_PORT);
  static final ServeFlag<String> HOST =
      ServeFlag.of(
              "--host",
              FlagValues::text,
              MockServerBuilder::host,
              "    --host HOST         bind to HOST (default 127.0.0.1; 0.0.0.0 for every interface)")
          .orElse("127.0.0.1");
  static final ServeFlag<String> API_KEY =
      ServeFlag.of(
              "--api-key",
              FlagValues::text,
              MockServerBuilder::apiKey,
              "    --api-key KEY       make the mock private: calls must send KEY in x-api-key",
              "(repeat for several keys)")
          .repeatable();
  static final ServeFlag<Delay> DELAY =
      ServeFlag.of(
          "--delay",
          FlagValues::delay,
          MockServerBuilder::delay,
          "    --delay D           wait before every response: milliseconds (0 to 180000),",
          "2G (300 ms) or 3G (100 ms); x-mock-response-delay wins");
  static final ServeFlag<CorsMode> CORS =
      ServeFlag.of(
          "--cors",
          FlagValues::cors,
          MockServerBuilder::cors,
          "    --cors MODE         auto (default), examples-only or off");
  static final ServeFlag<ServerResponse> SERVER_RESPONSE =
      ServeFlag.of(
          "--server-response",
          FlagValues::serverResponse,
          MockServerBuilder::serverResponse,
          "    --server-response STATUS[:BODY]",
          "start in an outage: answer every call with STATUS and BODY",
          "(switch it with PUT/DELETE /__mock/server-response)");
  static final ServeFlag<String> ADMIN_PREFIX =
      ServeFlag.of(
              "--admin-prefix",
              FlagValues::text,
              MockServerBuilder::adminEndpoints,
              "    --admin-prefix P    serve the call log under P instead of /__mock")
          .orElse("/__mock");
  static final ServeFlag<Long> MAX_BODY =
      ServeFlag.of(
              "--max-body",
              FlagValues::longNumber,
              MockServerBuilder::maxBodyBytes,
              "    --max-body BYTES    answer 413 to request bodies longer than BYTES",
              "(default 1048576, Postman's 1 MB limit)")
          .orElse(DEFAULT_MAX_BODY);
  static final ServeFlag<Integer> MAX_CALLS =
      ServeFlag.of(
              "--max-calls",
              FlagValues::number,
              MockServerBuilder::maxRecordedCalls,
              "    --max-calls N       keep only the newest N calls in the call log (default 10000)")
          .orElse(10_000);
  static final ServeFlag<URI> PASSTHROUGH =
      ServeFlag.of(
          "--passthrough",
          FlagValues::uri,
          MockServerBuilder::passthroughTo,
          "    --passthrough URL   forward the calls no example answers to the service at URL");
  static final ServeFlag<String> ALLOW_HOST =
      ServeFlag.of(
              "--allow-host",
              FlagValues::text,
              MockServerBuilder::allowedHosts,
              "    --allow-host NAME   let the call log answer calls addressed to NAME too (besides",
              "localhost, 127.0.0.1, [::1] and --host); repeatable")
          .repeatable();
  static final ServeFlag<Long> MAX_LOG_BYTES =
      ServeFlag.of(
          "--max-log-bytes",
          FlagValues::longNumber,
          MockServerBuilder::maxRecordedBytes,
          "    --max-log-bytes B   keep only the newest calls that fit in about B bytes of heap",
          "(default 67108864, 64 MiB); the page counts those dropped");
  static final ServeFlag<Integer> MAX_LOG_BODY_BYTES =
      ServeFlag.of(
          "--max-log-body-bytes",
          FlagValues::number,
          MockServerBuilder::maxRecordedBodyBytes,
          "    --max-log-body-bytes B",
          "keep the first B bytes of each body in the call log",
          "(default 65536, 64 KiB); longer ones are marked truncated");

  static final List<ServeFlag<?>> ALL =
      List.of(
          ENVIRONMENT,
          PORT,
          HOST,
          API_KEY,
          DELAY,
          CORS,
          SERVER_RESPONSE,
          ProcessFlags.QUIET,
          ProcessFlags.WARNINGS,
          ProcessFlags.WATCH,
          ADMIN_PREFIX,
          MAX_BODY,
          MAX_CALLS,
          PASSTHROUGH,
          ALLOW_HOST,
          ProcessFlags.MAX_REQUEST_SECONDS,
          ProcessFlags.MAX_RESPONSE_SECONDS,
          ProcessFlags.IDLE_SECONDS,
          ProcessFlags.MAX_IDLE_CONNECTIONS,
          MAX_LOG_BYTES,
          MAX_LOG_BODY_BYTES,
          ProcessFlags.HTTPS,
          ProcessFlags.KEYSTORE,
          ProcessFlags.KEYSTORE_PASSWORD,
          ProcessFlags.PRINT_CERTIFICATE);

  private ServeFlags() {}

  /** The flag spelt {@code name}. */
  static Optional<ServeFlag<?>> named(String name) {
    return ALL.stream().filter(f -> f.names().contains(name)).findFirst();
  }
}
