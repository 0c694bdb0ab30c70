package io.github.postmanmock.standalone;

import io.github.postmanmock.standalone.Arguments.Command;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Walks the words after {@code serve}: one collection file and {@link ServeFlags}. */
final class ServeWords {
  private final String[] args;
  private int next = 1;
  private Path collection;
  private final Map<ServeFlag<?>, List<Object>> given = new LinkedHashMap<>();

  ServeWords(String[] args) {
    this.args = args;
  }

  Arguments read() {
    while (next < args.length) {
      String word = args[next++];
      if (word.startsWith("-")) {
        option(word);
      } else if (collection == null) {
        collection = Path.of(word);
      } else {
        throw new UsageException(
            "Unexpected argument [" + word + "]; serve takes one collection file");
      }
    }
    if (collection == null) {
      throw new UsageException("Missing the collection file: serve COLLECTION");
    }
    Arguments arguments = new Arguments(Command.SERVE, collection, given);
    if (given.containsKey(ProcessFlags.KEYSTORE_PASSWORD)
        && !given.containsKey(ProcessFlags.KEYSTORE)) {
      throw new UsageException("Option [--keystore-password] needs [--keystore FILE]");
    }
    if (arguments.isOn(ProcessFlags.PRINT_CERTIFICATE) && !arguments.https().on()) {
      throw new UsageException("Option [--print-certificate] needs [--https]");
    }
    return arguments;
  }

  private void option(String word) {
    int eq = word.indexOf('=');
    String name = eq < 0 ? word : word.substring(0, eq);
    String inline = eq < 0 ? null : word.substring(eq + 1);
    ServeFlag<?> flag =
        ServeFlags.named(name)
            .orElseThrow(() -> new UsageException("Unknown option [" + name + "]"));
    Object value;
    if (flag.takesValue()) {
      value = flag.read(name, value(name, inline));
    } else if (inline != null) {
      throw new UsageException(
          "Option [" + flag.name() + "] takes no value but was given [" + inline + "]");
    } else {
      value = Boolean.TRUE;
    }
    List<Object> values = given.computeIfAbsent(flag, f -> new ArrayList<>());
    if (!flag.repeats()) {
      values.clear(); // the last one given counts
    }
    values.add(value);
  }

  private String value(String name, String inline) {
    if (inline != null) {
      return inline;
    }
    if (next >= args.length || args[next].startsWith("--")) {
      throw new UsageException("Option [" + name + "] needs a value");
    }
    return args[next++];
  }
}
