package dev.podium.judge;

import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Persona.StatedPosition;
import dev.podium.model.Side;
import dev.podium.model.Stance;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicts the side from the profile and the evidence. The evidence lean is the summed strength of
 * the records that bear for the motion less that of the records that bear against it, each record
 * judged on its own by {@link BearingJudge}; it counts only when at least {@link #MIN_RECORDS}
 * records bear either way, since fewer are too little to predict from. A side the profile states
 * for this motion wins; the lean is still shown beside it.
 */
public final class SidePredictor {
  /** The fewest records bearing on the motion that an evidence lean rests on. */
  public static final int MIN_RECORDS = 3;

  private final EvidenceStrength strength;
  private final Authorship authorship;

  public SidePredictor(EvidenceStrength strength, Authorship authorship) {
    this.strength = strength;
    this.authorship = authorship;
  }

  public SidePrediction predict(Dossier dossier) {
    BearingJudge judge = new BearingJudge(dossier.motion(), dossier.taxonomy());
    Map<Evidence, RecordBearing> bearings = new IdentityHashMap<>();
    dossier.evidence().forEach(e -> bearings.put(e, judge.of(e)));
    double lean = 0;
    int bearing = 0;
    for (Evidence e : dossier.evidence()) {
      Side side = bearings.get(e).side();
      lean +=
          switch (side) {
            case FOR -> strength.of(e);
            case AGAINST -> -strength.of(e);
            case NEUTRAL -> 0;
          };
      bearing += side == Side.NEUTRAL ? 0 : 1;
    }
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
    return new SidePrediction(side, stated, evidenceSide, tallies(dossier, bearings), bearings);
  }

  /** Per stance with records: how many bear each way, and how many are the speaker's own. */
  private List<SidePrediction.StanceTally> tallies(
      Dossier dossier, Map<Evidence, RecordBearing> bearings) {
    List<SidePrediction.StanceTally> tallies = new ArrayList<>();
    for (Stance stance : dossier.taxonomy().stances()) {
      List<Evidence> tagged =
          dossier.evidence().stream().filter(e -> e.stances().contains(stance.id())).toList();
      if (tagged.isEmpty()) {
        continue;
      }
      Integer latest =
          tagged.stream().map(e -> e.date().getYear()).max(Integer::compare).orElse(null);
      tallies.add(
          new SidePrediction.StanceTally(
              stance.id(),
              dossier.motion().sideOf(stance.id()),
              tagged.size(),
              (int) tagged.stream().filter(authorship::authored).count(),
              (int)
                  tagged.stream()
                      .filter(e -> authorship.status(e) == Authorship.Status.NOT_SHOWN)
                      .count(),
              latest,
              count(tagged, bearings, Side.FOR),
              count(tagged, bearings, Side.AGAINST)));
    }
    return tallies;
  }

  private static int count(
      List<Evidence> records, Map<Evidence, RecordBearing> bearings, Side side) {
    return (int) records.stream().filter(e -> bearings.get(e).side() == side).count();
  }
}
