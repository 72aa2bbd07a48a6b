package dev.podium.model;

import java.util.List;

/** What one brief is assembled from: a persona's seeds, the taxonomy and the motion. */
public record Dossier(
    Persona persona,
    List<Evidence> evidence,
    List<Theme> themes,
    Taxonomy taxonomy,
    Motion motion,
    String fingerprint) {

  public Dossier {
    evidence = List.copyOf(evidence);
    themes = List.copyOf(themes);
  }

  /** The evidence record with this id, or {@code null}. */
  public Evidence evidence(String id) {
    return evidence.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
  }
}
