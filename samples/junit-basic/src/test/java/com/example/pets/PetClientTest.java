package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.junit.PostmanMock;
import org.junit.jupiter.api.Test;

// tag::quick-start[]
@PostmanMock("petstore.postman_collection.json")
class PetClientTest {

  @Test
  void findsPet(MockServer mock) throws Exception {
    String pet = new PetClient(mock.baseUrl()).find(1);

    assertThat(pet).contains("\"name\": \"Rex\"");
    assertThat(mock.calls())
        .singleElement()
        .hasMethod("GET")
        .hasPath("/pets/1")
        .hasStatus(200)
        .hasMatchedExample("Rex");
  }
  // end::quick-start[]

  @Test
  void listsPets(MockServer mock) throws Exception {
    assertThat(new PetClient(mock.baseUrl()).list()).contains("Rex", "Tom");
  }

  @Test
  void unknownPetIsNull(MockServer mock) throws Exception {
    assertThat(new PetClient(mock.baseUrl()).find(999)).isNull();
    assertThat(mock.calls()).singleElement().hasStatus(404).hasMatchedExample("Not found");
  }

  @Test
  void createsPet(MockServer mock) throws Exception {
    assertThat(new PetClient(mock.baseUrl()).create("{\"name\":\"Kit\"}")).isEqualTo(201);
  }
}
