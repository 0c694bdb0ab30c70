package io.github.postmanmock.internal.recorded;

import io.github.postmanmock.internal.model.Header;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Headers as users read them: by name, in order, each name's values together. */
final class HeaderMaps {
  private HeaderMaps() {}

  /** An unmodifiable map of {@code headers} by name, duplicates kept in order. */
  static Map<String, List<String>> byName(List<Header> headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (Header h : headers) {
      map.computeIfAbsent(h.key(), k -> new ArrayList<>()).add(h.value());
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(map);
  }
}
