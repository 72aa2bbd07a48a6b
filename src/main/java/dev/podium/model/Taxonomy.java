package dev.podium.model;

import java.util.List;

/** The contents of {@code stances.yaml}: every stance a record may carry, in display order. */
public record Taxonomy(@NonEmpty List<Stance> stances) {
  public Taxonomy {
    stances = List.copyOf(stances);
  }

  /** The stance with this id, or {@code null}. */
  public Stance find(String id) {
    return stances.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
  }

  /** Position of the stance in the taxonomy, used to break ties; unknown ids sort last. */
  public int order(String id) {
    for (int i = 0; i < stances.size(); i++) {
      if (stances.get(i).id().equals(id)) {
        return i;
      }
    }
    return stances.size();
  }
}
