package com.example.petshop;

import org.springframework.stereotype.Service;

/** What the shop tells a visitor about a pet. */
@Service
public class AdoptionService {
  private final PetClient pets;

  public AdoptionService(PetClient pets) {
    this.pets = pets;
  }

  /** One line about pet {@code id}, whether or not the store still has it. */
  public String describe(long id) {
    return pets.find(id)
        .map(pet -> pet.name() + " the " + pet.species() + " is waiting for you")
        .orElse("Pet " + id + " has found a home");
  }
}
