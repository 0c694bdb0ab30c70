package io.github.postmanmock;

/**
 * The base of every exception postman-mock throws for a problem in what it was given: a collection,
 * an environment, an example or an option.
 *
 * @since 0.1
 */
public class PostmanMockException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PostmanMockException(String message) {
    super(message);
  }

  public PostmanMockException(String message, Throwable cause) {
    super(message, cause);
  }
}
