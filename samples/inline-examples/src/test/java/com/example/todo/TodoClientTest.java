package com.example.todo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.Example;
import io.github.postmanmock.Examples;
import io.github.postmanmock.MockServer;
import io.github.postmanmock.junit.PostmanMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TodoClientTest {
  static final Example ANY_TODO =
      Examples.get("/todos/{{id}}")
          .respond(200)
          .json("{\"id\": {{id}}, \"title\": \"Buy milk\"}")
          .named("any to-do")
          .build();

  static final Example CREATED =
      Examples.post("/todos")
          .jsonBody("{\"title\":\"Buy milk\"}")
          .respond(201)
          .json("{\"id\": 1}")
          .named("created")
          .build();

  @RegisterExtension
  static PostmanMockExtension mock =
      PostmanMockExtension.newInstance().example(ANY_TODO).example(CREATED).build();

  @Test
  void findsAnyTodoByItsId(MockServer server) throws Exception {
    String json = new TodoClient(server.baseUrl()).find(42);

    assertThat(json).isEqualTo("{\"id\": 42, \"title\": \"Buy milk\"}");
    assertThat(server.calls()).singleElement().hasPath("/todos/42").hasMatchedExample("any to-do");
  }

  @Test
  void aMissingTodoIsNull(MockServer server) throws Exception {
    server.addExample(Examples.get("/todos/7").respond(404).named("no such to-do"));

    assertThat(new TodoClient(server.baseUrl()).find(7)).isNull();
  }

  @Test
  void createsATodo(MockServer server) throws Exception {
    assertThat(new TodoClient(server.baseUrl()).create("Buy milk")).isEqualTo(201);
  }

  @Test
  void theExamplesExportAsACollectionThatServesTheSame(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("todo.postman_collection.json");
    Examples.writeCollection(file, "To-do API", List.of(ANY_TODO, CREATED));

    try (MockServer fromFile = MockServer.builder().collection(file).start()) {
      assertThat(new TodoClient(fromFile.baseUrl()).find(3)).contains("\"id\": 3");
    }
    assertThat(Files.readString(file)).contains("\"any to-do\"");
  }
}
