package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.collection.RecordedExchange;
import io.github.postmanmock.internal.collection.RecordingWriter;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.render.RenderedResponse;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;

/**
 * Record mode: forwards every call to the target, keeps each exchange (sensitive headers left out)
 * and writes them as examples when asked.
 *
 * <p>Thread-safe: calls are forwarded concurrently; {@link #save()} takes the exchanges kept so far
 * and a failed save keeps them for the next attempt.
 */
public final class Recording {
  private final RecordingSettings settings;
  private final ProxyForwarder forwarder;
  private final List<RecordedExchange> pending = new ArrayList<>();
  private volatile AutoSave autoSave;

  private Recording(RecordingSettings settings) {
    this.settings = settings;
    RecordingWriter.removeLeftovers(settings.out());
    this.forwarder = new ProxyForwarder(settings.target());
  }

  /** A recording that forwards to and writes as {@code settings} say. */
  public static Recording of(RecordingSettings settings) {
    return new Recording(settings);
  }

  /**
   * Also save in the background within {@code interval} of each new exchange, instead of only when
   * asked; {@link #stopSaving()} ends it.
   */
  public void saveEvery(Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("The save interval must be positive: " + interval);
    }
    autoSave = new AutoSave(interval, this::save);
  }

  /** End background saving, if any, waiting for a save in progress; idempotent. */
  public void stopSaving() {
    AutoSave running = autoSave;
    autoSave = null;
    if (running != null) {
      running.close();
    }
  }

  /** What the recording was configured with. */
  public RecordingSettings settings() {
    return settings;
  }

  /** The answer to a forwarded call, and why the target could not answer (empty when it did). */
  record Forwarded(RenderedResponse response, String failure) {}

  /** Send {@code call} to the target, keep the exchange and return the answer to send back. */
  Forwarded forward(HttpCall call) {
    Forwarded forwarded;
    try {
      forwarded = new Forwarded(forwarder.forward(call), "");
    } catch (IOException e) {
      String reason = reason(e);
      forwarded = new Forwarded(ErrorResponses.badGateway(forwarder.base(), reason), reason);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      String reason = "interrupted while waiting for [" + forwarder.base() + "]";
      forwarded = new Forwarded(ErrorResponses.badGateway(forwarder.base(), reason), reason);
    }
    keep(call, forwarded.response());
    return forwarded;
  }

  private String reason(IOException e) {
    if (e instanceof SSLHandshakeException) {
      return "The recording target ["
          + forwarder.base()
          + "] presents a certificate this JVM does not trust ("
          + e.getMessage()
          + "): add it to a trust store given with -Djavax.net.ssl.trustStore=FILE";
    }
    String what =
        e instanceof HttpTimeoutException
            ? "timed out"
            : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "The recording target [" + forwarder.base() + "] could not be reached: " + what;
  }

  private void keep(HttpCall call, RenderedResponse response) {
    RecordedExchange exchange =
        new RecordedExchange(
            call.method().toUpperCase(Locale.ROOT),
            call.path(),
            call.rawQuery(),
            saved(ProxyForwarder.forwardable(call.headers())),
            call.bodyText(),
            response.status(),
            saved(response.headers()),
            new String(response.body(), StandardCharsets.UTF_8));
    synchronized (pending) {
      pending.add(exchange);
    }
    AutoSave saving = autoSave;
    if (saving != null) {
      saving.kept();
    }
  }

  private List<Header> saved(List<Header> headers) {
    List<Header> out = new ArrayList<>();
    for (Header h : headers) {
      if (!settings.isSensitive(h.key())) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * Write the exchanges kept since the last save into the collection file and return how many
   * examples were added (repeats of saved ones are not).
   *
   * @throws java.io.UncheckedIOException if the file cannot be written; the exchanges are kept
   */
  public synchronized int save() {
    List<RecordedExchange> batch;
    synchronized (pending) {
      batch = List.copyOf(pending);
    }
    if (batch.isEmpty() && java.nio.file.Files.exists(settings.out())) {
      return 0;
    }
    int added =
        RecordingWriter.write(settings.out(), forwarder.base(), batch, settings.idVariables());
    synchronized (pending) {
      pending.subList(0, batch.size()).clear();
    }
    return added;
  }
}
