package dev.podium.judge;

import dev.podium.model.Persona.StatedPosition;
import dev.podium.model.Side;
import java.util.List;

/**
 * The side a persona will likely take and why. {@code side} is {@code null} when neither the
 * profile nor the evidence points either way.
 *
 * @param stated the profile's own modelling for this motion, or {@code null}
 * @param evidenceSide what the weighted evidence alone points to, or {@code null} when balanced
 */
public record SidePrediction(
    Side side, StatedPosition stated, Side evidenceSide, List<StanceTally> tallies) {

  /**
   * The persona's evidence on one stance, and how that stance bears on the motion. Of the {@code
   * count} records, {@code authored} are his and {@code notShown} have an author list cut short
   * before his name could show.
   */
  public record StanceTally(
      String stance,
      Side bearing,
      int count,
      int authored,
      int notShown,
      Integer latestYear,
      double weight) {}
}
