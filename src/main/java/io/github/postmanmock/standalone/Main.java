package io.github.postmanmock.standalone;

import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line of the standalone jar: {@code java -jar postman-mock-<version>-standalone.jar
 * serve COLLECTION [options]}. Run it with {@code --help} for the options.
 *
 * @since 0.1
 */
public final class Main {
  /**
   * The library logs collection warnings through {@code System.Logger}, two lines of the JDK's log
   * format each; the standalone prints its own summary (and the list with {@code --warnings}), so
   * only errors get through. Held here: the JDK keeps loggers weakly.
   */
  private static final Logger LIBRARY_LOG = Logger.getLogger("io.github.postmanmock");

  private Main() {}

  /**
   * Run the command line; a server runs until the JVM is stopped (Ctrl-C), anything else exits with
   * its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    LIBRARY_LOG.setLevel(Level.SEVERE);
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
