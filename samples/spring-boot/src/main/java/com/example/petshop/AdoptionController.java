package com.example.petshop;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The shop's own HTTP endpoint: {@code GET /adoptions/{id}}. */
@RestController
public class AdoptionController {
  private final AdoptionService adoptions;

  public AdoptionController(AdoptionService adoptions) {
    this.adoptions = adoptions;
  }

  @GetMapping("/adoptions/{id}")
  public String describe(@PathVariable long id) {
    return adoptions.describe(id);
  }
}
