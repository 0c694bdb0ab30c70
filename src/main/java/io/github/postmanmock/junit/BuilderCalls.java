package io.github.postmanmock.junit;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.MockServerBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The server options of one mock, as calls on {@link MockServerBuilder}: the builder is the one
 * place where every option is validated, so each option is tried on a probe builder as it is given
 * and a bad value fails at once, with the builder's message. Replayed on a fresh builder for every
 * server started. Not thread-safe while being filled; immutable once read by {@link #list()}.
 */
final class BuilderCalls {
  private final MockServerBuilder probe = MockServer.builder();
  private final List<Consumer<MockServerBuilder>> options = new ArrayList<>();
  private final Function<IllegalArgumentException, RuntimeException> onInvalid;

  /** Options whose invalid values fail with what {@code onInvalid} makes of the builder's error. */
  BuilderCalls(Function<IllegalArgumentException, RuntimeException> onInvalid) {
    this.onInvalid = onInvalid;
  }

  /** Check {@code option} now, and apply it to every server started. */
  void add(Consumer<MockServerBuilder> option) {
    try {
      option.accept(probe);
    } catch (IllegalArgumentException e) {
      throw onInvalid.apply(e);
    }
    options.add(option);
  }

  /** The options in the order given. */
  List<Consumer<MockServerBuilder>> list() {
    return List.copyOf(options);
  }
}
