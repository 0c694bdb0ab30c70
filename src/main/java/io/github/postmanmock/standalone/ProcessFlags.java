package io.github.postmanmock.standalone;

import java.nio.file.Path;
import java.util.Map;

/**
 * The flags of {@code serve} that the command line handles itself rather than the server builder:
 * what the terminal shows, watching the files, the HTTPS key store, and the JDK server's limits,
 * which are per JVM.
 */
final class ProcessFlags {
  static final ServeFlag<Boolean> QUIET =
      ServeFlag.onOff("--quiet -q", "-q, --quiet             no line per call in the terminal");
  static final ServeFlag<Boolean> WARNINGS =
      ServeFlag.onOff(
          "--warnings",
          "    --warnings          list every collection warning, not just their count");
  static final ServeFlag<Boolean> WATCH =
      ServeFlag.onOff(
          "--watch -w",
          "-w, --watch             reload the collection and environment when their files change;",
          "a broken file keeps the last good version");
  static final ServeFlag<Long> MAX_REQUEST_SECONDS =
      ServeFlag.local(
          "--max-request-seconds",
          FlagValues::limit,
          "    --max-request-seconds N   close a connection whose request takes longer (30)");
  static final ServeFlag<Long> MAX_RESPONSE_SECONDS =
      ServeFlag.local(
          "--max-response-seconds",
          FlagValues::limit,
          "    --max-response-seconds N  close a connection whose answer takes longer, delay",
          "included (240)");
  static final ServeFlag<Long> IDLE_SECONDS =
      ServeFlag.local(
          "--idle-seconds",
          FlagValues::limit,
          "    --idle-seconds N    close keep-alive connections idle this long (30)");
  static final ServeFlag<Long> MAX_IDLE_CONNECTIONS =
      ServeFlag.local(
          "--max-idle-connections",
          FlagValues::limit,
          "    --max-idle-connections N  keep at most N idle keep-alive connections (200)");
  static final ServeFlag<Boolean> HTTPS =
      ServeFlag.onOff(
          "--https",
          "    --https             serve HTTPS with a certificate made for this run (localhost,",
          "127.0.0.1, ::1); its PEM file is named in the banner");
  static final ServeFlag<Path> KEYSTORE =
      ServeFlag.local(
          "--keystore",
          FlagValues::path,
          "    --keystore FILE     serve HTTPS with the key and certificate of this PKCS12 file");
  static final ServeFlag<String> KEYSTORE_PASSWORD =
      ServeFlag.local(
          "--keystore-password",
          FlagValues::text,
          "    --keystore-password P  the key store's password");
  static final ServeFlag<Boolean> PRINT_CERTIFICATE =
      ServeFlag.onOff(
          "--print-certificate", "    --print-certificate also print the certificate's PEM text");

  /**
   * The JDK server limits, by property name without its {@code sun.net.httpserver.} prefix (see
   * docs/reliability.md): per JVM, so the command line sets them rather than the builder.
   */
  static final Map<String, ServeFlag<Long>> SERVER_LIMITS =
      Map.of(
          "maxReqTime",
          MAX_REQUEST_SECONDS,
          "maxRspTime",
          MAX_RESPONSE_SECONDS,
          "idleInterval",
          IDLE_SECONDS,
          "maxIdleConnections",
          MAX_IDLE_CONNECTIONS);

  private ProcessFlags() {}
}
