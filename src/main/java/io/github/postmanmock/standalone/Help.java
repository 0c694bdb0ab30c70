package io.github.postmanmock.standalone;

import java.util.stream.Collectors;

/** The text of {@code --help}; the lines of serve's flags come from {@link ServeFlags}. */
final class Help {
  static final String TEXT =
      """
      Usage: java -jar postman-mock-standalone.jar serve COLLECTION [options]
             java -jar postman-mock-standalone.jar record --target URL --out FILE [options]
             java -jar postman-mock-standalone.jar verify COLLECTION --against URL [options]
             java -jar postman-mock-standalone.jar --help | --version

      Serves the saved examples of a Postman collection (v2.0 or v2.1) as a local mock server,
      choosing the example for each call the way Postman's mock server does.

      Options:
      """
          + ServeFlags.ALL.stream()
              .flatMap(f -> f.help().stream())
              .map(line -> "  " + line + "\n")
              .collect(Collectors.joining())
          + """
        -h, --help              print this help
        -V, --version           print the version

      record forwards every call to URL, answers with what it sends, and adds each exchange as an
      example to the collection FILE (created when missing), within a second and on Ctrl-C:
            --target URL        the real service, such as http://localhost:8080
            --out FILE          the collection file to write
            --port N, --host H  as for serve
            --ids-as-variables  save ID-like path segments (digits, UUIDs) as {{id}}
            --without-header H  never save header H (Authorization, Cookie, Set-Cookie and
                                x-api-key are never saved)

      verify sends the request of every saved example to the real service at URL and compares
      the answer with the example: status, media type and JSON shape. Exit code 0 when nothing
      drifted, 1 when something did, 2 when the check could not run:
            --against URL       the real service; each example's path is appended to URL
        -e, --environment FILE  resolve {{variables}} from this environment file
            --include-unsafe    send POST, PUT, PATCH and DELETE too (they change real data)
            --strict            fields the example lacks are drift, not additions
            --values            compare values too: JSON leaves, other bodies as exact text
            --follow-redirects  follow redirects (by default a redirect is the answer compared)
            --report FILE       also write the report as JSON to FILE
            --header 'N: V'     send header N with every call (repeatable; never printed)

      While a server runs:
        GET    /__mock/          the call log as a web page (search, details, auto-refresh)
        GET    /__mock/calls     the call log as JSON, shaped like Postman's call-log API
                                 (limit, cursor, since, until, responseStatusCode, requestMethod,
                                 requestPath, include=request.headers,request.body,...)
        DELETE /__mock/calls     clear the call log
        GET    /__mock/health    {"status":"UP"} once the server answers
        PUT    /__mock/server-response  {"status":503,"body":"...","headers":{...}}: answer
                                 every call with it; GET shows it, DELETE ends it

      Press Ctrl-C to stop.
      """;

  private Help() {}
}
