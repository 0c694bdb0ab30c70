package io.github.postmanmock.internal.model;

import java.util.Objects;

/**
 * A field of a urlencoded or multipart request body. For multipart file fields {@code type} is
 * {@code "file"} and {@code value} holds the file source, which matching ignores.
 */
public record FormParam(String key, String value, String type, boolean disabled) {
  public FormParam {
    Objects.requireNonNull(key, "key");
    value = value == null ? "" : value;
    type = type == null ? "text" : type;
  }

  public boolean isFile() {
    return "file".equals(type);
  }
}
