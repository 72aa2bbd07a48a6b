package dev.podium.model;

import java.util.List;

/** Everything curated about one persona: profile, evidence and themes. */
public record PersonaSeeds(Persona persona, List<Evidence> evidence, List<Theme> themes) {
  public PersonaSeeds {
    evidence = List.copyOf(evidence);
    themes = List.copyOf(themes);
  }
}
