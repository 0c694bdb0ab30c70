package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The builder refuses a bad value when it is given, and options that contradict each other at
 * {@code start()}, before any port is taken; each message names the option.
 */
class BuilderChecksTest {
  private static final URI SERVICE = URI.create("http://localhost:8080");

  @Test
  void recordModeAndPassthroughCannotBothBeChosen() {
    var builder = MockServer.builder().recordFrom(SERVICE).passthroughTo(SERVICE);

    assertThatThrownBy(builder::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("recordFrom(http://localhost:8080) and passthroughTo(")
        .hasMessageEndingWith("passthrough only the unmatched ones: choose one");
  }

  @Test
  void recordUnmatchedNeedsPassthrough() {
    var builder = MockServer.builder().recordUnmatched(Path.of("out.json"));

    assertThatThrownBy(builder::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "recordUnmatched(out.json) needs passthroughTo(URI): it saves what the passthrough"
                + " target answered");
  }

  @Test
  void aRecordingTargetMustBeAUrl() {
    assertThatThrownBy(() -> MockServer.builder().recordFrom(URI.create("localhost:8080")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the recording target must be a URL such as [http://localhost:8080] but was"
                + " [localhost:8080]");
  }

  @Test
  void savingARecordingTakesAPositiveInterval() {
    assertThatThrownBy(() -> MockServer.builder().recordSaveEvery(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recordSaveEvery must be positive but was PT0S");
  }

  @Test
  void eachCallLogLimitIsCheckedOnItsOwn() {
    var builder = MockServer.builder().maxRecordedCalls(5);

    assertThatThrownBy(() -> builder.maxRecordedBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRecordedBytes must be at least 1 but was [0]");
    assertThatThrownBy(() -> builder.maxRecordedBodyBytes(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRecordedBodyBytes must be at least 0 but was [-1]");
  }

  @Test
  void aCollectionGivenAsJsonNeedsItsBytes() {
    assertThatThrownBy(() -> MockServer.builder().collection("orders.json", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("json");
  }
}
