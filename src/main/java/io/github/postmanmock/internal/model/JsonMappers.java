package io.github.postmanmock.internal.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The Jackson mapper the project writes and converts JSON with, made the first time it is needed: a
 * server that only reads its collection ({@link TreeReader}) and answers from it never builds one.
 * New trees come from {@link com.fasterxml.jackson.databind.node.JsonNodeFactory#instance}, which
 * needs no mapper either.
 *
 * <p>Four other mappers exist on purpose, each with settings this one must not have or in a package
 * that may not use this one: the template helpers' (exact decimals written plain), the recorder's
 * (exact decimals, trailing zeros kept), the assertions' (keys sorted, so that two bodies line up
 * in a failure message) and the JUnit class report's (in {@code junit}, which uses no {@code
 * internal} code).
 */
public final class JsonMappers {
  private JsonMappers() {}

  /** The shared mapper, with Jackson's defaults. */
  public static ObjectMapper mapper() {
    return Shared.MAPPER;
  }

  /** The shared mapper's writer that indents, for files and reports people read. */
  public static ObjectWriter pretty() {
    return Shared.PRETTY;
  }

  private static final class Shared {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
  }
}
