package io.github.postmanmock.internal.contract;

import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Turns an example's {@code originalRequest} into the concrete call a real service gets, or says
 * why it cannot: an unsafe method, or a variable that has no value (a wildcard for the mock) or
 * that changes on every call (a dynamic variable).
 */
final class CallPlanner {
  static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** Headers the HTTP client sets itself, and Accept-Encoding so that bodies come back as text. */
  private static final Set<String> NOT_SENT =
      Set.of(
          "host",
          "content-length",
          "connection",
          "keep-alive",
          "expect",
          "upgrade",
          "te",
          "trailer",
          "transfer-encoding",
          "accept-encoding");

  private final Variables variables;
  private final ContractSettings settings;

  CallPlanner(Variables variables, ContractSettings settings) {
    this.variables = variables;
    this.settings = settings;
  }

  Plan plan(MockExample example) {
    ExampleRequest request = example.request();
    String method = request.method();
    String target = target(request.url());
    if (!settings.includeUnsafe() && !SAFE_METHODS.contains(method)) {
      return Plan.skip(
          example,
          target,
          method + " is not sent without include-unsafe: it could change real data");
    }
    String unresolved = unresolved(target, "the URL");
    List<Header> headers = headers(request.headers());
    for (Header h : headers) {
      unresolved = unresolved != null ? unresolved : unresolved(h.value(), "header " + h.key());
    }
    if (unresolved != null) {
      return Plan.skip(example, target, unresolved);
    }
    BodyBuilder.Built body = BodyBuilder.build(request.body(), variables);
    if (body.skipReason() != null) {
      return Plan.skip(example, target, body.skipReason());
    }
    unresolved = unresolved(body.text(), "the body");
    if (unresolved != null) {
      return Plan.skip(example, target, unresolved);
    }
    if (body.contentType() != null && headers.stream().noneMatch(CallPlanner::isContentType)) {
      headers.add(Header.of("Content-Type", body.contentType()));
    }
    return Plan.send(example, new PlannedCall(method, target, headers, body.text()));
  }

  private static boolean isContentType(Header h) {
    return h.key().equalsIgnoreCase("content-type");
  }

  private String target(Url url) {
    StringBuilder out = new StringBuilder();
    for (String segment : url.path()) {
      String value = segment;
      if (segment.startsWith(":") && segment.length() > 1) {
        String given = url.pathVariable(segment.substring(1));
        value = given == null ? "{{" + segment + "}}" : given;
      }
      out.append('/').append(variables.substitute(value));
    }
    if (out.length() == 0) {
      out.append('/');
    }
    String separator = "?";
    for (QueryParam q : url.query()) {
      if (q.disabled()) {
        continue;
      }
      out.append(separator).append(q.key() == null ? "" : variables.substitute(q.key()));
      if (q.value() != null) {
        out.append('=').append(variables.substitute(q.value()));
      }
      separator = "&";
    }
    return out.toString().replace(" ", "%20");
  }

  /** The example's enabled headers, then the settings' headers, which replace same-named ones. */
  private List<Header> headers(List<Header> saved) {
    List<Header> out = new ArrayList<>();
    for (Header h : saved) {
      String name = h.key().toLowerCase(Locale.ROOT);
      if (!h.disabled()
          && !NOT_SENT.contains(name)
          && settings.headers().stream().noneMatch(x -> x.key().equalsIgnoreCase(h.key()))) {
        out.add(Header.of(h.key(), variables.substitute(h.value())));
      }
    }
    out.addAll(settings.headers());
    return out;
  }

  /** Why {@code text} cannot be sent as it is, or {@code null} when every variable resolved. */
  static String unresolved(String text, String where) {
    Matcher m = Variables.TOKEN.matcher(text);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).trim();
    if (name.startsWith("$")) {
      return "dynamic variable [{{"
          + name
          + "}}] in "
          + where
          + ": it has a new value on every call, so the example's answer cannot be reproduced";
    }
    if (name.startsWith(":")) {
      return "path variable ["
          + name
          + "] in "
          + where
          + " has no value; give it one in the request's path variables";
    }
    return "variable [{{"
        + name
        + "}}] in "
        + where
        + " has no value (a wildcard for the mock); define it in the collection or environment";
  }
}
