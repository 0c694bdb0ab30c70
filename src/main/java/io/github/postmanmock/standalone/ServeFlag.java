package io.github.postmanmock.standalone;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.MockServerBuilder;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * One option of {@code serve}, as data: its spellings, its lines in {@code --help}, how its text
 * becomes a value, the server builder call it maps onto, and its value when not given. The builder
 * is the one place an option is validated, so {@link #read} tries each value on a fresh builder and
 * turns a refusal into a usage error naming the flag.
 *
 * @param <T> the type of the value
 * @param names the spellings, the long one first
 * @param help the lines of {@code --help}, continuation lines indented to the help column
 * @param reader how the text after the flag becomes a value; {@code null} for a switch, which takes
 *     no value and is {@link Boolean#TRUE} when given
 * @param option the builder call the value maps onto; {@code null} for what only the command line
 *     uses (the terminal, HTTPS files, JDK server limits)
 * @param fallback the value when the flag is not given, or {@code null} for none
 * @param repeats whether every value given counts, rather than the last one
 */
record ServeFlag<T>(
    List<String> names,
    List<String> help,
    Reader<T> reader,
    BiConsumer<MockServerBuilder, T> option,
    T fallback,
    boolean repeats) {

  /** Where help text continues on the next line. */
  static final String HELP_COLUMN = " ".repeat(24);

  /** Turns the text after flag {@code name} into a value, or fails naming {@code name}. */
  @FunctionalInterface
  interface Reader<T> {
    T read(String name, String text);
  }

  /** A flag whose value maps onto {@code option} of the server builder. */
  static <T> ServeFlag<T> of(
      String names,
      Reader<T> reader,
      BiConsumer<MockServerBuilder, T> option,
      String help,
      String... more) {
    return new ServeFlag<>(
        List.of(names.split(" ")), lines(help, more), reader, option, null, false);
  }

  /** A flag whose value only the command line uses. */
  static <T> ServeFlag<T> local(String names, Reader<T> reader, String help, String... more) {
    return of(names, reader, null, help, more);
  }

  /** A flag without a value. */
  static ServeFlag<Boolean> onOff(String names, String help, String... more) {
    return new ServeFlag<>(
        List.of(names.split(" ")), lines(help, more), null, null, Boolean.FALSE, false);
  }

  /** This flag with {@code value} when it is not given. */
  ServeFlag<T> orElse(T value) {
    return new ServeFlag<>(names, help, reader, option, value, repeats);
  }

  /** This flag, which may be given several times, every value counting. */
  ServeFlag<T> repeatable() {
    return new ServeFlag<>(names, help, reader, option, fallback, true);
  }

  /** The long spelling, which the messages of switches use. */
  String name() {
    return names.get(0);
  }

  boolean takesValue() {
    return reader != null;
  }

  /** The value of {@code text} given after {@code name}, checked by the server builder. */
  T read(String name, String text) {
    T value = reader.read(name, text);
    if (option != null) {
      try {
        option.accept(MockServer.builder(), value);
      } catch (IllegalArgumentException e) {
        throw new UsageException("Option [" + name + "]: " + e.getMessage());
      }
    }
    return value;
  }

  /** Apply {@code value} to {@code builder}, when this flag maps onto the builder. */
  void applyTo(MockServerBuilder builder, T value) {
    if (option != null) {
      option.accept(builder, value);
    }
  }

  private static List<String> lines(String first, String... more) {
    return Stream.concat(Stream.of(first), Stream.of(more).map(HELP_COLUMN::concat)).toList();
  }
}
