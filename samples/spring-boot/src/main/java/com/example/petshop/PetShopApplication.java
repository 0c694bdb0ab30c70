package com.example.petshop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A pet shop that shows the pets of a pet store API. */
@SpringBootApplication
public class PetShopApplication {

  public static void main(String[] args) {
    SpringApplication.run(PetShopApplication.class, args);
  }
}
