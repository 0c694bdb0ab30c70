package io.github.postmanmock;

/**
 * Thrown when a Postman collection or environment file cannot be read or does not have the shape
 * Postman gives it. The message names the file, the JSON pointer, the line and column where known,
 * what was expected and what was found.
 *
 * <p>Example: {@code Invalid Postman collection [petstore.json] at [/item/2/response/0/code]:
 * expected an integer but was ["OK"]}
 *
 * @since 0.1
 */
public final class InvalidCollectionException extends PostmanMockException {
  private static final long serialVersionUID = 1L;

  /** The file being read. */
  private final String source;

  /** Where in the file, as a JSON pointer. */
  private final String pointer;

  /**
   * Create the exception for a problem at {@code pointer} in {@code source}.
   *
   * @param source the file (or other source) being read
   * @param pointer the JSON pointer of the offending value, empty when the file did not parse
   * @param message the whole message, naming the file and pointer
   */
  public InvalidCollectionException(String source, String pointer, String message) {
    super(message);
    this.source = source;
    this.pointer = pointer;
  }

  /**
   * Create the exception for a problem at {@code pointer} in {@code source}, caused by {@code
   * cause}.
   *
   * @param source the file (or other source) being read
   * @param pointer the JSON pointer of the offending value, empty when the file did not parse
   * @param message the whole message, naming the file and pointer
   * @param cause the parser's exception
   */
  public InvalidCollectionException(
      String source, String pointer, String message, Throwable cause) {
    super(message, cause);
    this.source = source;
    this.pointer = pointer;
  }

  /** The file (or other source) that was being read. */
  public String source() {
    return source;
  }

  /** The JSON pointer of the offending value, or empty when the file could not be parsed. */
  public String pointer() {
    return pointer;
  }
}
