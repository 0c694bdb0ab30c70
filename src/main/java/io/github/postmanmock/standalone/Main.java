package io.github.postmanmock.standalone;

import java.util.concurrent.CountDownLatch;

/**
 * The command line of the standalone jar: {@code java -jar postman-mock-<version>-standalone.jar
 * serve COLLECTION [options]}. Run it with {@code --help} for the options.
 *
 * @since 0.1
 */
public final class Main {
  private Main() {}

  /**
   * Run the command line; a server runs until the JVM is stopped (Ctrl-C), anything else exits with
   * its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Cli.Result result = Cli.run(args, System.out, System.err);
    if (result.server() == null) {
      System.exit(result.exitCode());
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  result.server().close();
                  System.out.println("postman-mock stopped");
                  System.out.flush();
                  stopped.countDown();
                },
                "postman-mock-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
