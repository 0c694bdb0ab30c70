package io.github.postmanmock.internal.contract;

import io.github.postmanmock.internal.model.Header;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A mutable copy of {@link ContractSettings}, so that the public API can change one setting. */
public final class SettingsEditor {
  private final Path collection;
  private final List<Path> environments;
  private URI base;
  private boolean includeUnsafe;
  private boolean strict;
  private boolean values;
  private final List<Header> headers;
  private Duration timeout;
  private int concurrency;
  private boolean followRedirects;

  SettingsEditor(ContractSettings s) {
    collection = s.collection();
    environments = new ArrayList<>(s.environments());
    base = s.base();
    includeUnsafe = s.includeUnsafe();
    strict = s.strict();
    values = s.values();
    headers = new ArrayList<>(s.headers());
    timeout = s.timeout();
    concurrency = s.concurrency();
    followRedirects = s.followRedirects();
  }

  public SettingsEditor environment(Path file) {
    environments.add(file);
    return this;
  }

  public SettingsEditor base(URI value) {
    base = value;
    return this;
  }

  public SettingsEditor includeUnsafe(boolean on) {
    includeUnsafe = on;
    return this;
  }

  public SettingsEditor strict(boolean on) {
    strict = on;
    return this;
  }

  public SettingsEditor values(boolean on) {
    values = on;
    return this;
  }

  /** Add a header; a later one of the same name (any case) replaces an earlier one. */
  public SettingsEditor header(String name, String value) {
    headers.removeIf(h -> h.key().equalsIgnoreCase(name));
    headers.add(Header.of(name, value));
    return this;
  }

  public SettingsEditor timeout(Duration value) {
    timeout = value;
    return this;
  }

  public SettingsEditor concurrency(int value) {
    concurrency = value;
    return this;
  }

  public SettingsEditor followRedirects(boolean on) {
    followRedirects = on;
    return this;
  }

  public ContractSettings done() {
    return new ContractSettings(
        collection,
        environments,
        base,
        includeUnsafe,
        strict,
        values,
        headers,
        timeout,
        concurrency,
        followRedirects);
  }
}
