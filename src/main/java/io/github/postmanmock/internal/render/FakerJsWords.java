package io.github.postmanmock.internal.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The closed word lists of faker.js 5 (the generator Postman's dynamic variables use), read once
 * from {@code faker-js-5-en.txt} beside this class: job titles, products, domain suffixes, currency
 * names, e-mail providers, country codes. They need no optional dependency.
 */
final class FakerJsWords {
  private static final String FILE = "faker-js-5-en.txt";
  private static final Map<String, List<String>> LISTS = read();

  private FakerJsWords() {}

  /**
   * The list of {@code section}.
   *
   * @throws IllegalArgumentException when the file has no such section
   */
  static List<String> list(String section) {
    List<String> words = LISTS.get(section);
    if (words == null) {
      throw new IllegalArgumentException(
          "No word list [" + section + "] in [" + FILE + "]; it has " + LISTS.keySet());
    }
    return words;
  }

  private static Map<String, List<String>> read() {
    try (InputStream in = FakerJsWords.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("Resource [" + FILE + "] is missing from the class path");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, List<String>> out = new LinkedHashMap<>();
      List<String> current = null;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          current = new ArrayList<>();
          out.put(line.substring(1, line.length() - 1), current);
        } else if (current != null) {
          current.add(line);
        }
      }
      out.replaceAll((k, v) -> List.copyOf(v));
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read [" + FILE + "]", e);
    }
  }
}
