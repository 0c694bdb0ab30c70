package io.github.postmanmock.standalone;

import io.github.postmanmock.ContractCheck;
import io.github.postmanmock.ContractReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code verify COLLECTION --against URL [--environment FILE] [--include-unsafe] [--strict]
 * [--values] [--follow-redirects] [--report FILE.json] [--header 'Name: value']}: checks the
 * collection's examples against the real service (see {@code docs/contract.md}). Exit code 0 when
 * nothing drifted, 1 when something did, 2 when the check could not run.
 */
final class VerifyCommand {
  static final String NAME = "verify";
  private static final List<String> FLAGS =
      List.of("--include-unsafe", "--strict", "--values", "--follow-redirects");
  private static final List<String> OPTIONS =
      List.of("--against", "--environment", "-e", "--report", "--header");

  private final ContractCheck check;
  private final URI against;
  private final Path report;

  private VerifyCommand(ContractCheck check, URI against, Path report) {
    this.check = check;
    this.against = against;
    this.report = report;
  }

  /** Parse the words after {@code verify}. */
  static VerifyCommand parse(String... args) {
    Path collection = null;
    URI against = null;
    Path report = null;
    List<String> flags = new ArrayList<>();
    List<Path> environments = new ArrayList<>();
    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String word = args[i];
      int eq = word.startsWith("--") ? word.indexOf('=') : -1;
      String name = eq > 0 ? word.substring(0, eq) : word;
      if (!name.startsWith("-")) {
        if (collection != null) {
          throw new UsageException("verify takes one collection but got [" + word + "]");
        }
        collection = Path.of(word);
      } else if (FLAGS.contains(name)) {
        flags.add(name);
      } else if (!OPTIONS.contains(name)) {
        throw new UsageException("Unknown option [" + name + "] for verify");
      } else {
        String value = eq > 0 ? word.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
        if (value == null) {
          throw new UsageException("Option [" + name + "] needs a value");
        }
        switch (name) {
          case "--against" -> against = url(value);
          case "--report" -> report = Path.of(value);
          case "--header" -> headers.add(header(value));
          default -> environments.add(Path.of(value));
        }
      }
    }
    if (collection == null || against == null) {
      throw new UsageException("verify needs a COLLECTION and [--against URL]");
    }
    ContractCheck check =
        ContractCheck.of(collection)
            .against(against)
            .includeUnsafe(flags.contains("--include-unsafe"))
            .strict(flags.contains("--strict"))
            .compareValues(flags.contains("--values"))
            .followRedirects(flags.contains("--follow-redirects"));
    for (Path environment : environments) {
      check = check.environment(environment);
    }
    for (String[] header : headers) {
      check = check.header(header[0], header[1]);
    }
    return new VerifyCommand(check, against, report);
  }

  private static String[] header(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      throw new UsageException(
          "Option [--header] needs [Name: value], such as [Authorization: Bearer ...]");
    }
    return new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()};
  }

  private static URI url(String value) {
    try {
      URI uri = URI.create(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new UsageException(
        "Option [--against] needs a URL such as [http://localhost:8080] but was [" + value + "]");
  }

  /** Run the check, print the report, write the JSON report if asked; return the exit code. */
  int run(PrintStream out, PrintStream err) {
    ContractReport result = check.run();
    out.println("postman-mock " + Version.current() + " verify against [" + against + "]");
    out.print(result);
    out.flush();
    if (report != null) {
      try {
        Files.writeString(report, result.toJson(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the report [" + report + "]", e);
      }
    }
    if (result.serviceUnreachable()) {
      err.println("postman-mock: the service at [" + against + "] never answered");
      err.flush();
      return Cli.USAGE;
    }
    return result.drifted() ? Cli.FAILED : Cli.OK;
  }
}
