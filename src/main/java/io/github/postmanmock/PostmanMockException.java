package io.github.postmanmock;

/**
 * The base of every exception postman-mock throws for a problem in what it was given: a collection,
 * an environment, an example or an option.
 *
 * @since 0.1
 */
public class PostmanMockException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Create the exception with a message that names what was wrong and where.
   *
   * @param message what was wrong, where, and how to fix it
   */
  public PostmanMockException(String message) {
    super(message);
  }

  /**
   * Create the exception with a message and the exception that caused it.
   *
   * @param message what was wrong, where, and how to fix it
   * @param cause the underlying exception
   */
  public PostmanMockException(String message, Throwable cause) {
    super(message, cause);
  }
}
