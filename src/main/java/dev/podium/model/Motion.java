package dev.podium.model;

import java.util.List;

/** A debate motion and how each stance bears on it. */
public record Motion(String id, String short_, String text, List<Bearing> bearings) {
  public Motion {
    bearings = List.copyOf(bearings);
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
