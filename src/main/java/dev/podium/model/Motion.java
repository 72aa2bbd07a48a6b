package dev.podium.model;

import java.util.List;

/**
 * A debate motion, how each stance bears on it, what it covers ({@code scope}, one or two sentences
 * a moderator can read out) and the fields of life it reaches into.
 */
public record Motion(
    String id,
    String short_,
    String text,
    List<Bearing> bearings,
    @Nullable String scope,
    List<Domain> domains) {
  public Motion {
    bearings = List.copyOf(bearings);
    domains = domains == null ? List.of() : List.copyOf(domains);
  }

  /** A motion with no scope or domains written down. */
  public Motion(String id, String short_, String text, List<Bearing> bearings) {
    this(id, short_, text, bearings, null, List.of());
  }

  /** How the stance bears on this motion; neutral when the motion does not say. */
  public Side sideOf(String stance) {
    return bearings.stream()
        .filter(b -> b.stance().equals(stance))
        .map(Bearing::side)
        .findFirst()
        .orElse(Side.NEUTRAL);
  }

  /** The bearing for the stance, or {@code null}. */
  public Bearing bearing(String stance) {
    return bearings.stream().filter(b -> b.stance().equals(stance)).findFirst().orElse(null);
  }
}
