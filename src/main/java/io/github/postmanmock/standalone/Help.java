package io.github.postmanmock.standalone;

/** The text of {@code --help}. */
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
        -e, --environment FILE  resolve {{variables}} from this Postman environment file
        -p, --port N            listen on port N (default 3000; 0 picks a free port)
            --host HOST         bind to HOST (default 127.0.0.1; 0.0.0.0 for every interface)
            --api-key KEY       make the mock private: calls must send KEY in x-api-key
                                (repeat for several keys)
            --delay D           wait before every response: milliseconds (0 to 180000),
                                2G (300 ms) or 3G (100 ms); x-mock-response-delay wins
            --cors MODE         auto (default), examples-only or off
        -w, --watch             reload the collection and environment when their files change;
                                a broken file keeps the last good version
            --admin-prefix P    serve the call log under P instead of /__mock
            --max-body BYTES    answer 413 to request bodies longer than BYTES
                                (default 1048576, Postman's 1 MB limit)
            --max-calls N       keep only the newest N calls in the call log (default 10000)
            --allow-host NAME   let the call log answer calls addressed to NAME too (besides
                                localhost, 127.0.0.1, [::1] and --host); repeatable
            --max-request-seconds N   close a connection whose request takes longer (30)
            --max-response-seconds N  close a connection whose answer takes longer, delay
                                included (240)
            --idle-seconds N    close keep-alive connections idle this long (30)
            --max-idle-connections N  keep at most N idle keep-alive connections (200)
            --max-log-bytes B   keep only the newest calls that fit in about B bytes of heap
                                (default 67108864, 64 MiB); the page counts those dropped
            --max-log-body-bytes B
                                keep the first B bytes of each body in the call log
                                (default 65536, 64 KiB); longer ones are marked truncated
            --https             serve HTTPS with a certificate made for this run (localhost,
                                127.0.0.1, ::1); its PEM file is named in the banner
            --keystore FILE     serve HTTPS with the key and certificate of this PKCS12 file
            --keystore-password P  the key store's password
            --print-certificate also print the certificate's PEM text
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

      Press Ctrl-C to stop.
      """;

  private Help() {}
}
