package com.example.petshop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.Examples;
import io.github.postmanmock.junit.PostmanMockExtension;
import io.github.postmanmock.spring.BaseUrlProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same Spring configuration as {@link PetShopTest}, a different mock, handed over with the
 * one-annotation form {@code @BaseUrlProperty} instead of a {@code @DynamicPropertySource} method.
 * The annotated field is part of the key Spring caches contexts by (as a class's own
 * {@code @DynamicPropertySource} method would be): this class gets a context of its own, wired to
 * its own mock's URL.
 */
@SpringBootTest
class PetShopWithInlineMockTest {

  @RegisterExtension
  @BaseUrlProperty("petstore.base-url")
  static PostmanMockExtension petstore =
      PostmanMockExtension.newInstance()
          .example(
              Examples.get("/pets/{{id}}")
                  .respond(200)
                  .json("{\"id\": {{id}}, \"name\": \"Tom\", \"species\": \"cat\"}")
                  .named("any pet is Tom"))
          .build();

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
