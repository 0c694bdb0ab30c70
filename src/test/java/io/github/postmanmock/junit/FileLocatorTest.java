package io.github.postmanmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Where a file named in {@code @PostmanMock} is found, and what the builder is handed. */
class FileLocatorTest {
  private final List<String> byName = new ArrayList<>();
  private final List<String> byBytes = new ArrayList<>();

  private void find(String name) {
    FileLocator.find(
        name,
        "collection",
        FileLocatorTest.class,
        byName::add,
        (n, bytes) -> byBytes.add(n + " = " + new String(bytes, StandardCharsets.UTF_8).trim()));
  }

  @Test
  void aClassPathResourceGoesToTheBuilderByName() {
    find(PostmanMockExtensionTest.PETS);

    assertThat(byName).containsExactly(PostmanMockExtensionTest.PETS);
    assertThat(byBytes).isEmpty();
  }

  @Test
  void aFileNextToTheTestClassIsReadUnderTheNameGiven() {
    find("locator/nearby.json");

    assertThat(byBytes)
        .containsExactly(
            "locator/nearby.json = {\"info\":{\"name\":\"next to the class\"},\"item\":[]}");
    assertThat(byName).isEmpty();
  }

  @Test
  void theClassPathWinsOverTheFileNextToTheClass() {
    find("locator/both.json");

    assertThat(byName).containsExactly("locator/both.json");
    assertThat(byBytes).isEmpty();
  }

  @Test
  void aFileInTheWorkingDirectoryGoesToTheBuilderByName() {
    find("src/test/resources/locator/both.json");

    assertThat(byName).containsExactly("src/test/resources/locator/both.json");
  }

  @Test
  void aFileThatIsNowhereNamesTheThreePlaces() {
    assertThatThrownBy(() -> find("nope.json"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageContaining("Looked on the test classpath as [nope.json]")
        .hasMessageContaining("next to the class as [io/github/postmanmock/junit/nope.json]")
        .hasMessageContaining("in the working directory as [");
    assertThat(byName).isEmpty();
  }
}
