package dev.podium.assemble;

import dev.podium.judge.Authorship;
import dev.podium.judge.EvidenceStrength;
import dev.podium.judge.Hedges;
import dev.podium.judge.SidePrediction;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Nullable;
import dev.podium.model.Outcome;
import dev.podium.model.Side;
import dev.podium.model.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Weighs the speaker's lines for a team preparing against him. A line's damage is the summed
 * strength of the records behind it that bear his way, less half the strength of the records on
 * file that answer it: records on its stance that cut against his side, his own included. The
 * hedges of a line are the sentences in which the records behind it qualify their result; each
 * record's hedges and each answering record go to the first line, by rank, that can use them.
 */
final class LineAssessment {
  /** At most this many hedged sentences are prepared against one line. */
  static final int MAX_HEDGES = 3;

  /** How much an answering record takes off a line's damage, per point of its strength. */
  static final double ANSWER_WEIGHT = 0.5;

  /** One line weighed: what backs it, what answers it, and its damage. */
  record Line(
      ThemeRanker.RankedTheme ranked,
      List<Evidence> behind,
      List<Evidence> hisWay,
      int own,
      @Nullable Integer newestYear,
      List<Evidence> otherWay,
      List<Evidence> ownAgainst,
      List<Hedge> hedges,
      double damage) {
    String stance() {
      return ranked.theme().stance();
    }

    int answeredBy() {
      return otherWay.size() + ownAgainst.size();
    }

    /** Whether the line rests mostly on work that is not the speaker's own. */
    boolean othersWork() {
      return own * 2 < hisWay.size();
    }
  }

  /** A sentence in which a record behind a line qualifies its result. */
  record Hedge(Evidence evidence, String sentence) {}

  private final Dossier dossier;
  private final EvidenceStrength strength;
  private final Authorship authorship;
  private final SidePrediction prediction;
  private final @Nullable Side side;

  LineAssessment(
      Dossier dossier,
      EvidenceStrength strength,
      Authorship authorship,
      SidePrediction prediction,
      @Nullable Side side) {
    this.dossier = dossier;
    this.strength = strength;
    this.authorship = authorship;
    this.prediction = prediction;
    this.side = side == Side.NEUTRAL ? null : side;
  }

  /** The lines weighed, in the order given; each record's answers and hedges used once. */
  List<Line> weigh(List<ThemeRanker.RankedTheme> themes) {
    Set<String> used = new LinkedHashSet<>();
    List<Line> lines = new ArrayList<>();
    for (ThemeRanker.RankedTheme ranked : themes) {
      lines.add(weigh(ranked, used));
    }
    return lines;
  }

  /** The lines, most damaging first; ties keep the order given. */
  static List<Line> byDamage(List<Line> lines) {
    List<Line> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingDouble(Line::damage).reversed());
    return sorted;
  }

  private Line weigh(ThemeRanker.RankedTheme ranked, Set<String> used) {
    Theme theme = ranked.theme();
    Set<String> ids = new LinkedHashSet<>();
    theme.arguments().forEach(a -> ids.addAll(a.evidence()));
    List<Evidence> behind = ids.stream().map(dossier::evidence).toList();
    List<Evidence> hisWay =
        behind.stream()
            .filter(e -> side == null || prediction.bearingOf(e).side() == side)
            .toList();
    List<Evidence> against =
        side == null
            ? List.of()
            : dossier.evidence().stream()
                .filter(e -> e.stances().contains(theme.stance()))
                .filter(e -> prediction.bearingOf(e).cutsAgainst(side))
                .filter(e -> !ids.contains(e.id()))
                .filter(e -> used.add("answer:" + e.id()))
                .sorted(strongestFirst())
                .toList();
    List<Evidence> ownAgainst = against.stream().filter(authorship::authored).toList();
    List<Evidence> otherWay = against.stream().filter(e -> !authorship.authored(e)).toList();
    List<Hedge> hedges = new ArrayList<>();
    for (Evidence e : hisWay) {
      if (hedges.size() >= MAX_HEDGES || !used.add("hedge:" + e.id())) {
        continue;
      }
      for (String sentence : hedgesOf(e)) {
        if (hedges.size() < MAX_HEDGES) {
          hedges.add(new Hedge(e, sentence));
        }
      }
    }
    double damage =
        hisWay.stream().mapToDouble(strength::of).sum()
            - ANSWER_WEIGHT * against.stream().mapToDouble(strength::of).sum();
    return new Line(
        ranked,
        behind,
        hisWay,
        (int) hisWay.stream().filter(authorship::authored).count(),
        hisWay.stream().map(e -> e.date().getYear()).max(Integer::compare).orElse(null),
        otherWay,
        ownAgainst,
        hedges,
        damage);
  }

  /**
   * The sentences that limit the result the speaker relies on the record for: the outcome its
   * stances on his side are asserted by (any result, when no side is known).
   */
  private List<String> hedgesOf(Evidence e) {
    Outcome reliedOn = side == null ? null : prediction.bearingOf(e).reliedOnBy(side);
    return Hedges.against(ShownText.of(e.abstract_()), reliedOn);
  }

  private Comparator<Evidence> strongestFirst() {
    return Comparator.comparingDouble((Evidence e) -> strength.of(e))
        .reversed()
        .thenComparing(Evidence::date, Comparator.reverseOrder())
        .thenComparing(Evidence::id);
  }
}
