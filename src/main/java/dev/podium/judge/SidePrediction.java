package dev.podium.judge;

import dev.podium.model.Evidence;
import dev.podium.model.Persona.StatedPosition;
import dev.podium.model.Side;
import java.util.List;
import java.util.Map;

/**
 * The side a persona will likely take and why. {@code side} is {@code null} when neither the
 * profile nor the evidence points either way.
 *
 * @param stated the profile's own modelling for this motion, or {@code null}
 * @param evidenceSide what the weighted bearings of the records point to, or {@code null} when
 *     balanced or too few records bear on the motion
 * @param bearings every record's bearing, by identity
 */
public record SidePrediction(
    Side side,
    StatedPosition stated,
    Side evidenceSide,
    List<StanceTally> tallies,
    Map<Evidence, RecordBearing> bearings) {

  public SidePrediction {
    tallies = List.copyOf(tallies);
  }

  /** The bearing of one of the dossier's records. */
  public RecordBearing bearingOf(Evidence evidence) {
    return bearings.get(evidence);
  }

  /**
   * The persona's evidence on one stance: which way the stance bears when asserted, how many
   * records it has, and how many of them bear for and against the motion. Of the {@code count}
   * records, {@code authored} are his and {@code notShown} have an author list cut short before his
   * name could show.
   */
  public record StanceTally(
      String stance,
      Side bearing,
      int count,
      int authored,
      int notShown,
      Integer latestYear,
      int bearingFor,
      int bearingAgainst) {}
}
