package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.postmanmock.testing.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Connection faults seen by the JDK client; the server keeps serving and logs the fault. */
class FaultTest {
  private static final String FAULTY_COLLECTION =
      """
      {"info": {"name": "faulty", "schema":
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
       "item": [{"name": "Get order", "request": {"method": "GET", "url": "/orders/1"},
         "response": [{"name": "Reset", "code": 200,
           "originalRequest": {"method": "GET", "url": "/orders/1"},
           "header": [{"key": "X-Mock-Fault", "value": "connection_reset"}], "body": ""}]},
        {"name": "Typo", "request": {"method": "GET", "url": "/typo"},
         "response": [{"name": "Typo", "code": 200,
           "originalRequest": {"method": "GET", "url": "/typo"},
           "header": [{"key": "x-mock-fault", "value": "RESET_PLEASE"}], "body": "sent"}]}]}
      """;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Fault.class)
  void clientSeesAnIoExceptionAndTheServerKeepsServing(Fault fault) {
    try (MockServer mock =
        MockServer.builder()
            .example(
                Examples.get("/broken")
                    .fault(fault)
                    .header("Content-Type", "application/json")
                    .json("{\"a long body\": \"that is cut in half\"}"))
            .example(Examples.get("/fine").respond(200).text("ok"))
            .start()) {
      assertThatThrownBy(() -> Http.get(mock.baseUrl(), "/broken"))
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(IOException.class);

      assertThat(Http.get(mock.baseUrl(), "/fine").body()).isEqualTo("ok");
      // the JDK client sends a GET again once when the connection closes before any byte
      List<RecordedCall> calls = mock.allCalls().asList();
      assertThat(calls.subList(0, calls.size() - 1))
          .isNotEmpty()
          .allSatisfy(c -> assertThat(c.fault()).hasValue(fault))
          .allSatisfy(c -> assertThat(c.path()).isEqualTo("/broken"));
      assertThat(calls.get(calls.size() - 1).fault()).isEmpty();
    }
  }

  @Test
  void truncatedBodyDeclaresMoreThanItSends() {
    try (MockServer mock =
        MockServer.builder()
            .example(Examples.get("/cut").fault(Fault.TRUNCATED_BODY).text("0123456789"))
            .start()) {
      Throwable thrown = catchThrowable(() -> Http.get(mock.baseUrl(), "/cut"));
      assertThat(thrown.getCause()).hasMessage("fixed content-length: 10, bytes received: 5");
    }
  }

  @Test
  void serverResponseFaultBreaksEveryCallUntilCleared() {
    try (MockServer mock =
        MockServer.builder().example(Examples.get("/fine").respond(200).text("ok")).start()) {
      mock.serverResponse(ServerResponse.fault(Fault.EMPTY_RESPONSE));
      assertThatThrownBy(() -> Http.get(mock.baseUrl(), "/fine"))
          .hasCauseInstanceOf(IOException.class);
      assertThatThrownBy(() -> Http.get(mock.baseUrl(), "/anything"))
          .hasCauseInstanceOf(IOException.class);

      mock.clearServerResponse();
      assertThat(Http.get(mock.baseUrl(), "/fine").body()).isEqualTo("ok");
      List<RecordedCall> calls = mock.allCalls().asList();
      assertThat(calls.subList(0, calls.size() - 1))
          .hasSizeGreaterThanOrEqualTo(2)
          .allSatisfy(c -> assertThat(c.fault()).hasValue(Fault.EMPTY_RESPONSE));
      assertThat(calls.get(calls.size() - 1).fault()).isEmpty();
    }
  }

  @Test
  void savedExampleAsksForAFaultWithAHeaderInAnyCase() {
    try (MockServer mock =
        MockServer.builder()
            .collection("faulty", FAULTY_COLLECTION.getBytes(StandardCharsets.UTF_8))
            .start()) {
      assertThatThrownBy(() -> Http.get(mock.baseUrl(), "/orders/1"))
          .hasCauseInstanceOf(IOException.class);
      assertThat(mock.allCalls().asList().get(0).fault()).hasValue(Fault.CONNECTION_RESET);
    }
  }

  @Test
  void unknownFaultNameIsSentAsItIsWithANote() {
    try (MockServer mock =
        MockServer.builder()
            .collection("faulty", FAULTY_COLLECTION.getBytes(StandardCharsets.UTF_8))
            .start()) {
      assertThat(Http.get(mock.baseUrl(), "/typo").body()).isEqualTo("sent");
      RecordedCall call = mock.allCalls().asList().get(0);
      assertThat(call.fault()).isEmpty();
      assertThat(call.notes())
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .contains("[x-mock-fault: RESET_PLEASE] names no fault")
          .contains("CONNECTION_RESET");
    }
  }

  @Test
  void faultStandsInForRespond() {
    Example example = Examples.get("/x").fault(Fault.MALFORMED_RESPONSE).build();
    assertThat(example.status()).isEqualTo(200);
    assertThat(ServerResponse.fault(Fault.TRUNCATED_BODY).status()).isEqualTo(200);
  }
}
