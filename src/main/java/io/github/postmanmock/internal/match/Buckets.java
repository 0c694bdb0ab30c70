package io.github.postmanmock.internal.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists kept in maps by key, as the indexes build them. It does what {@code computeIfAbsent(key, k
 * -> new ArrayList<>())} does, without a lambda at every call site: a fresh JVM spins a class for
 * each lambda the first time it runs (a third of a millisecond, and more work for the JIT), and the
 * indexes are built on the way to a mock's first answer.
 */
final class Buckets {
  private Buckets() {}

  /** Add {@code value} to the list under {@code key}, making the list when there is none. */
  static <K, V> void add(Map<K, List<V>> lists, K key, V value) {
    list(lists, key).add(value);
  }

  /** Add {@code value} to the list under {@code outer}, then {@code inner}. */
  static <K, J, V> void add(Map<K, Map<J, List<V>>> lists, K outer, J inner, V value) {
    add(map(lists, outer), inner, value);
  }

  /** The list under {@code key}, made and kept when there is none. */
  static <K, V> List<V> list(Map<K, List<V>> lists, K key) {
    List<V> list = lists.get(key);
    if (list == null) {
      list = new ArrayList<>();
      lists.put(key, list);
    }
    return list;
  }

  /** The map under {@code key}, made and kept when there is none. */
  static <K, J, V> Map<J, V> map(Map<K, Map<J, V>> maps, K key) {
    Map<J, V> map = maps.get(key);
    if (map == null) {
      map = new HashMap<>();
      maps.put(key, map);
    }
    return map;
  }
}
