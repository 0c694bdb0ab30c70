package io.github.postmanmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@code serve COLLECTION --passthrough URL}. */
class PassthroughArgumentTest {
  @Test
  void passthroughIsOffByDefaultAndTakesAUrl() {
    assertThat(Arguments.parse("serve", "pets.json").value(ServeFlags.PASSTHROUGH)).isEmpty();
    assertThat(
            Arguments.parse("serve", "pets.json", "--passthrough", "http://127.0.0.1:8080")
                .value(ServeFlags.PASSTHROUGH))
        .hasValue(URI.create("http://127.0.0.1:8080"));
    assertThat(
            Arguments.parse("serve", "--passthrough=http://localhost:9", "pets.json")
                .value(ServeFlags.PASSTHROUGH))
        .hasValue(URI.create("http://localhost:9"));
  }

  @Test
  void passthroughThatIsNoUrlIsAUsageError() {
    assertThatThrownBy(() -> Arguments.parse("serve", "pets.json", "--passthrough", "localhost"))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "Option [--passthrough]: the passthrough target must be a URL such as"
                + " [http://localhost:8080] but was [localhost]");
  }
}
