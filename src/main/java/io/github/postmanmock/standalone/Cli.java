package io.github.postmanmock.standalone;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one command line: prints help or the version, or starts a server. Errors are one line on the
 * error stream and a non-zero exit code: 2 for a command line that cannot be run, 1 for a file or
 * port that cannot be used.
 */
final class Cli {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private Cli() {}

  /**
   * What a command line led to: an exit code, and the running server when it started one.
   *
   * @param exitCode the code to exit with when {@code server} is {@code null}
   * @param server the server that is now running, or {@code null}
   */
  record Result(int exitCode, StandaloneServer server) {}

  static Result run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals(RecordCommand.NAME) && !isHelp(args)) {
      return attempt(() -> new Result(OK, RecordCommand.parse(args).start(out, err)), FAILED, err);
    }
    if (args.length > 0 && args[0].equals(VerifyCommand.NAME) && !isHelp(args)) {
      return attempt(() -> new Result(VerifyCommand.parse(args).run(out, err), null), USAGE, err);
    }
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (UsageException e) {
      return usageError(e, err);
    }
    switch (arguments.command()) {
      case HELP -> {
        out.print(Help.TEXT);
        out.flush();
        return new Result(OK, null);
      }
      case VERSION -> {
        out.println("postman-mock " + Version.current());
        out.flush();
        return new Result(OK, null);
      }
      default -> {
        return attempt(
            () -> new Result(OK, StandaloneServer.start(arguments, out, err)), FAILED, err);
      }
    }
  }

  private static boolean isHelp(String[] args) {
    return List.of(args).contains("--help") || List.of(args).contains("-h");
  }

  /**
   * Run {@code command}: a usage error exits with {@link #USAGE}, any other failure is one line and
   * {@code failure}.
   */
  private static Result attempt(Supplier<Result> command, int failure, PrintStream err) {
    try {
      return command.get();
    } catch (UsageException e) {
      return usageError(e, err);
    } catch (RuntimeException e) {
      err.println("postman-mock: " + ErrorLines.oneLine(e));
      err.flush();
      return new Result(failure, null);
    }
  }

  private static Result usageError(UsageException e, PrintStream err) {
    err.println("postman-mock: " + e.getMessage() + " (see --help)");
    err.flush();
    return new Result(USAGE, null);
  }
}
