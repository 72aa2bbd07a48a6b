package dev.podium.judge;

import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Persona.StatedPosition;
import dev.podium.model.Side;
import dev.podium.model.Stance;
import java.util.ArrayList;
import java.util.List;

/**
 * Predicts the side from the profile and the evidence. The evidence lean is the summed strength
 * of records on stances that bear against the motion, subtracted from that of stances that bear
 * for it, and counts only when at least {@link #MIN_RECORDS} records bear on the motion: fewer are
 * too little to predict from. A side the profile states for this motion wins; the lean is still
 * shown beside it.
 */
public final class SidePredictor {
  /** The fewest records on stances bearing on the motion that an evidence lean rests on. */
  public static final int MIN_RECORDS = 3;

  private final EvidenceStrength strength;
  private final Authorship authorship;

  public SidePredictor(EvidenceStrength strength, Authorship authorship) {
    this.strength = strength;
    this.authorship = authorship;
  }

  public SidePrediction predict(Dossier dossier) {
    List<SidePrediction.StanceTally> tallies = new ArrayList<>();
    double lean = 0;
    for (Stance stance : dossier.taxonomy().stances()) {
      List<Evidence> tagged =
          dossier.evidence().stream().filter(e -> e.stances().contains(stance.id())).toList();
      if (tagged.isEmpty()) {
        continue;
      }
      Side bearing = dossier.motion().sideOf(stance.id());
      double weight = tagged.stream().mapToDouble(strength::of).sum();
      Integer latest = tagged.stream().map(e -> e.date().getYear()).max(Integer::compare).orElse(null);
      tallies.add(
          new SidePrediction.StanceTally(
              stance.id(),
              bearing,
              tagged.size(),
              count(tagged, Authorship.Status.AUTHOR),
              count(tagged, Authorship.Status.NOT_SHOWN),
              latest,
              weight));
      lean += switch (bearing) {
        case FOR -> weight;
        case AGAINST -> -weight;
        case NEUTRAL -> 0;
      };
    }
    long bearing =
        dossier.evidence().stream()
            .filter(e -> e.stances().stream().anyMatch(s -> dossier.motion().sideOf(s) != Side.NEUTRAL))
            .count();
    Side evidenceSide =
        bearing < MIN_RECORDS ? null : lean > 0 ? Side.FOR : lean < 0 ? Side.AGAINST : null;
    StatedPosition stated = dossier.persona().position();
    if (stated != null && !stated.motion().equals(dossier.motion().id())) {
      stated = null;
    }
    Side side = stated != null ? stated.side() : evidenceSide;
    if (side == Side.NEUTRAL) {
      side = null;
    }
    return new SidePrediction(side, stated, evidenceSide, tallies);
  }

  private int count(List<Evidence> records, Authorship.Status status) {
    return (int) records.stream().filter(e -> authorship.status(e) == status).count();
  }
}
