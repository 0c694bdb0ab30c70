package io.github.postmanmock.internal.render;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Postman's dynamic variables ({@code {{$guid}}}, {@code {{$randomCity}}}, ...): a name goes in, a
 * freshly generated value comes out (SPEC §3.4).
 *
 * <p>Every call generates anew, so two {@code {{$guid}}} tokens in one body differ. All generators
 * draw from one {@link Random}; an instance created with a seed therefore yields the same sequence
 * of values for the same sequence of calls. Unknown names give {@code null}: the caller leaves the
 * token verbatim.
 *
 * <p>Values that need word lists (names, cities, companies, lorem ipsum, ...) come from Datafaker,
 * an optional dependency. When Datafaker is not on the class path those names are not known here,
 * so their tokens stay verbatim; this is said once through {@link System.Logger}. Every other name
 * (the eleven Postman-made generators and all values that are only random numbers, such as {@code
 * $randomIP} or {@code $randomDatePast}) always works.
 *
 * <p>Thread-safe: {@link #resolve} holds this instance's lock while it generates, because {@link
 * Random} sequences and Datafaker's providers are not meant to be shared without it. Generation is
 * cheap, so the lock is never held for long.
 */
public final class DynamicVariables {
  private static final System.Logger LOG = System.getLogger(DynamicVariables.class.getName());
  private static final AtomicBoolean FAKER_ABSENCE_REPORTED = new AtomicBoolean();

  private final Object lock = new Object();
  private final Supplier<Map<String, Supplier<String>>> build;
  private Map<String, Supplier<String>> generators;

  /**
   * The table of generators (and Datafaker with its word lists) is built on first use: a collection
   * without dynamic variables never pays for it at start-up.
   */
  private DynamicVariables(Supplier<Map<String, Supplier<String>>> build) {
    this.build = build;
  }

  private Map<String, Supplier<String>> generators() {
    synchronized (lock) {
      if (generators == null) {
        generators = Collections.unmodifiableMap(build.get());
      }
      return generators;
    }
  }

  /** Create an instance with a random seed and the system UTC clock. */
  public static DynamicVariables create() {
    return create(new Random(), Clock.systemUTC());
  }

  /** Create an instance with a random seed and the given clock. */
  public static DynamicVariables create(Clock clock) {
    return create(new Random(), clock);
  }

  /** Create an instance whose values repeat for the same {@code seed} and sequence of calls. */
  public static DynamicVariables create(long seed) {
    return create(new Random(seed), Clock.systemUTC());
  }

  /**
   * Create an instance with a seed and a clock; the clock drives {@code $timestamp}, {@code
   * $isoTimestamp} and the past/future/recent dates.
   */
  public static DynamicVariables create(long seed, Clock clock) {
    return create(new Random(seed), clock);
  }

  static DynamicVariables create(Random random, Clock clock) {
    return create(random, clock, true);
  }

  /**
   * Create an instance, using Datafaker only when {@code withFaker} is true and it is present
   * (tests pass false to see what users without Datafaker get). Whether it is present is looked up
   * when the first value is made, so a mock whose examples use no dynamic variable never loads it.
   */
  static DynamicVariables create(Random random, Clock clock, boolean withFaker) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(clock, "clock");
    return new DynamicVariables(() -> table(random, clock, withFaker));
  }

  private static Map<String, Supplier<String>> table(
      Random random, Clock clock, boolean withFaker) {
    Map<String, Supplier<String>> map = new LinkedHashMap<>();
    Words words;
    if (withFaker && FakerSupport.isAvailable()) {
      FakerVariables faker = new FakerVariables(random);
      faker.registerInto(map);
      words = faker.words();
    } else {
      words = Words.builtIn(random);
    }
    new FakerJsVariables(random).registerInto(map);
    new PostmanVariables(random, clock, words).registerInto(map);
    new RandomVariables(random, clock, words).registerInto(map);
    return map;
  }

  /**
   * Generate a value for {@code name} (with its {@code $}, e.g. {@code "$guid"}), or return {@code
   * null} when the name is unknown, so that the token stays verbatim.
   */
  public String resolve(String name) {
    Supplier<String> generator;
    synchronized (lock) {
      generator = generators().get(name);
      if (generator != null) {
        return generator.get();
      }
    }
    if (name.startsWith("$random")) {
      reportFakerAbsentOnce(name);
    }
    return null;
  }

  /** Return whether {@link #resolve} produces a value for {@code name}. */
  public boolean knows(String name) {
    return generators().containsKey(name);
  }

  /** Return every name this instance resolves, each with its leading {@code $}. */
  public Set<String> names() {
    return generators().keySet();
  }

  /**
   * Say once per JVM, when a response first uses a word-list variable such as {@code
   * $randomFirstName}, that Datafaker is missing: a mock whose examples use none says nothing.
   */
  private static void reportFakerAbsentOnce(String name) {
    if (FakerSupport.isAvailable() || !FAKER_ABSENCE_REPORTED.compareAndSet(false, true)) {
      return;
    }
    LOG.log(
        Level.WARNING,
        "Datafaker is not on the class path, so dynamic variables that need word lists (such as"
            + " [{{"
            + name
            + "}}], used by a response) stay verbatim. Add the dependency"
            + " [net.datafaker:datafaker:2.7.0] to your test class path to resolve them");
  }
}
