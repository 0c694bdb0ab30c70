package com.example.petshop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.Examples;
import io.github.postmanmock.junit.PostmanMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same Spring configuration as {@link PetShopTest}, a different mock. Each class declares its
 * own {@code @DynamicPropertySource} method, and those methods are part of the key Spring caches
 * contexts by: this class gets a context of its own, wired to its own mock's URL, while classes
 * with the same configuration and the same method share one.
 */
@SpringBootTest
class PetShopWithInlineMockTest {

  @RegisterExtension
  static PostmanMockExtension petstore =
      PostmanMockExtension.newInstance()
          .example(
              Examples.get("/pets/{{id}}")
                  .respond(200)
                  .json("{\"id\": {{id}}, \"name\": \"Tom\", \"species\": \"cat\"}")
                  .named("any pet is Tom"))
          .build();

  @DynamicPropertySource
  static void petstoreUrl(DynamicPropertyRegistry registry) {
    registry.add("petstore.base-url", petstore::baseUrl);
  }

  @Autowired AdoptionService adoptions;

  @Test
  void describesThePetThisMockServes() {
    assertThat(adoptions.describe(7)).isEqualTo("Tom the cat is waiting for you");
    assertThat(petstore.server().calls()).singleElement().hasPath("/pets/7");
  }

  @Test
  void theContextWasGivenThisClassesMock(@Value("${petstore.base-url}") String baseUrl) {
    assertThat(baseUrl).isEqualTo(petstore.baseUrl());
  }
}
