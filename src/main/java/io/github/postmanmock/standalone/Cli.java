package io.github.postmanmock.standalone;

import java.io.PrintStream;
import java.util.List;

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
      return record(args, out, err);
    }
    if (args.length > 0 && args[0].equals(VerifyCommand.NAME) && !isHelp(args)) {
      return verify(args, out, err);
    }
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (Arguments.UsageException e) {
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
        return serve(arguments, out, err);
      }
    }
  }

  private static Result serve(Arguments arguments, PrintStream out, PrintStream err) {
    try {
      return new Result(OK, StandaloneServer.start(arguments, out, err));
    } catch (Arguments.UsageException e) {
      return usageError(e, err);
    } catch (RuntimeException e) {
      err.println("postman-mock: " + ErrorLines.oneLine(e));
      err.flush();
      return new Result(FAILED, null);
    }
  }

  private static boolean isHelp(String[] args) {
    return List.of(args).contains("--help") || List.of(args).contains("-h");
  }

  private static Result record(String[] args, PrintStream out, PrintStream err) {
    try {
      return new Result(OK, RecordCommand.parse(args).start(out, err));
    } catch (Arguments.UsageException e) {
      return usageError(e, err);
    } catch (RuntimeException e) {
      err.println("postman-mock: " + ErrorLines.oneLine(e));
      err.flush();
      return new Result(FAILED, null);
    }
  }

  private static Result verify(String[] args, PrintStream out, PrintStream err) {
    try {
      return new Result(VerifyCommand.parse(args).run(out, err), null);
    } catch (Arguments.UsageException e) {
      return usageError(e, err);
    } catch (RuntimeException e) {
      err.println("postman-mock: " + ErrorLines.oneLine(e));
      err.flush();
      return new Result(USAGE, null);
    }
  }

  private static Result usageError(Arguments.UsageException e, PrintStream err) {
    err.println("postman-mock: " + e.getMessage() + " (see --help)");
    err.flush();
    return new Result(USAGE, null);
  }
}
