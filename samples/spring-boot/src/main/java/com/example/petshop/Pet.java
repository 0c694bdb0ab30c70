package com.example.petshop;

/** A pet as the pet store API describes it. */
public record Pet(long id, String name, String species) {}
