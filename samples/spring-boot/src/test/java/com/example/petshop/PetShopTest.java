package com.example.petshop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.junit.PostmanMockExtension;
import io.github.postmanmock.junit.UseExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shop against a mock of the pet store served from the store's Postman collection. */
// tag::spring-boot[]
@SpringBootTest
class PetShopTest {

  @RegisterExtension
  static PostmanMockExtension petstore =
      PostmanMockExtension.newInstance().collection("petstore.postman_collection.json").build();

  @DynamicPropertySource
  static void petstoreUrl(DynamicPropertyRegistry registry) {
    registry.add("petstore.base-url", petstore::baseUrl);
  }

  @Autowired AdoptionService adoptions;

  @Test
  void describesAPetTheStoreHas(MockServer mock) {
    assertThat(adoptions.describe(1)).isEqualTo("Rex the dog is waiting for you");

    assertThat(mock.calls())
        .singleElement()
        .hasMethod("GET")
        .hasPath("/pets/1")
        .hasStatus(200)
        .hasMatchedExample("Rex");
  }

  @Test
  @UseExample("Pets/Get pet/Not found")
  void saysSoWhenTheStoreNoLongerHasThePet() {
    assertThat(adoptions.describe(1)).isEqualTo("Pet 1 has found a home");
  }
  // end::spring-boot[]

  @Test
  void theContextWasGivenThisClassesMock(@Value("${petstore.base-url}") String baseUrl) {
    assertThat(baseUrl).isEqualTo(petstore.baseUrl());
  }
}
