package com.example.petshop;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** The pet store API, called with Spring's RestClient at {@code petstore.base-url}. */
@Component
public class PetClient {
  private final RestClient rest;

  public PetClient(RestClient.Builder builder, @Value("${petstore.base-url}") String baseUrl) {
    this.rest = builder.baseUrl(baseUrl).build();
  }

  /** Pet {@code id}, or empty when the store answers 404. */
  public Optional<Pet> find(long id) {
    try {
      return Optional.ofNullable(rest.get().uri("/pets/{id}", id).retrieve().body(Pet.class));
    } catch (HttpClientErrorException.NotFound e) {
      return Optional.empty();
    }
  }
}
