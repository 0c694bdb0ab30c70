package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.HttpCall;
import java.util.List;
import java.util.Locale;

/**
 * What the call's control headers ask for (SPEC §2.5, §2.8), read once per call.
 *
 * @param code the status {@code x-mock-response-code} asks for, or {@code null}
 * @param codeText the raw header value, or {@code null}
 * @param id {@code x-mock-response-id}, or {@code null}
 * @param name {@code x-mock-response-name}, or {@code null}
 * @param headerKeys header names that filter examples; empty for none
 * @param matchBody whether the body filters examples
 */
record CallFilters(
    Integer code,
    String codeText,
    String id,
    String name,
    List<String> headerKeys,
    boolean matchBody) {

  static final String CODE = "x-mock-response-code";
  static final String ID = "x-mock-response-id";
  static final String NAME = "x-mock-response-name";
  static final String BODY = "x-mock-match-request-body";

  static CallFilters of(HttpCall call, MatchOptions options) {
    String codeText = call.header(CODE);
    Integer code = null;
    if (codeText != null) {
      try {
        code = Integer.valueOf(codeText.trim());
      } catch (NumberFormatException notANumber) {
        code = Integer.MIN_VALUE;
      }
    }
    String body = call.header(BODY);
    boolean matchBody =
        body == null
                || !(body.trim().equalsIgnoreCase("true") || body.trim().equalsIgnoreCase("false"))
            ? options.matchBody()
            : body.trim().toLowerCase(Locale.ROOT).equals("true");
    return new CallFilters(
        code,
        codeText,
        call.header(ID),
        call.header(NAME),
        HeaderFilter.keys(call, options),
        matchBody);
  }

  /** Why an example with {@code status} fails the code filter, or {@code null}. */
  String codeMismatch(int status) {
    if (code == null || code == status) {
      return null;
    }
    return "status is " + status + ", call asks for " + codeText.trim();
  }
}
