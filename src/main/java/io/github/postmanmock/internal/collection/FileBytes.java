package io.github.postmanmock.internal.collection;

import io.github.postmanmock.InvalidCollectionException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a whole file; an I/O failure becomes an {@link InvalidCollectionException}. */
final class FileBytes {
  private FileBytes() {}

  /** The file name used as the source of examples and in messages. */
  static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  static byte[] read(Json json, Path file) {
    if (Files.isDirectory(file)) {
      throw json.error("", "cannot read file [" + file.toAbsolutePath() + "]: it is a directory");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidCollectionException(
          json.source(),
          "",
          json.prefix("") + ": cannot read file [" + file.toAbsolutePath() + "]: " + reason(e),
          e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
  }
}
