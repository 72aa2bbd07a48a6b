package dev.podium.assemble;

import dev.podium.judge.EvidenceStrength;

import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Side;
import dev.podium.model.Stance;
import dev.podium.model.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders themes and their arguments. A theme scores the summed strength of the distinct evidence
 * its arguments cite, halved when its stance has no bearing on the motion; ties go to taxonomy
 * order. Arguments are ordered by the summed strength of their citations, ties keeping the curated
 * order. A stance with evidence but no curated theme gets one built from its strongest records
 * that state a finding and that no other theme argues from, so a paper tagged with two stances is
 * not argued twice; a record without a finding has no claim to argue.
 */
public final class ThemeRanker {
  /** How many records a built theme argues from. */
  static final int BUILT_ARGUMENTS = 3;

  private final EvidenceStrength strength;

  public ThemeRanker(EvidenceStrength strength) {
    this.strength = strength;
  }

  /** A theme as it will appear, with its score and whether a person curated it. */
  public record RankedTheme(Theme theme, boolean curated, double score) {}

  public List<RankedTheme> rank(Dossier dossier) {
    List<RankedTheme> ranked = new ArrayList<>();
    Set<String> argued = new LinkedHashSet<>();
    dossier.themes().forEach(t -> t.arguments().forEach(a -> argued.addAll(a.evidence())));
    for (Stance stance : dossier.taxonomy().stances()) {
      Theme curated =
          dossier.themes().stream().filter(t -> t.stance().equals(stance.id())).findFirst().orElse(null);
      Theme theme = curated != null ? curated : built(stance, dossier, argued);
      if (theme == null) {
        continue;
      }
      Theme ordered = withArgumentsRanked(theme, dossier);
      double factor = dossier.motion().sideOf(stance.id()) == Side.NEUTRAL ? 0.5 : 1.0;
      ranked.add(new RankedTheme(ordered, curated != null, factor * citedStrength(ordered, dossier)));
    }
    // Stable sort: equal scores keep taxonomy order.
    ranked.sort(Comparator.comparingDouble(RankedTheme::score).reversed());
    return ranked;
  }

  /**
   * The stance's theme from its strongest records not yet argued (taxonomy order decides who
   * argues a shared record); only when all of its records are argued elsewhere does it repeat them.
   */
  private Theme built(Stance stance, Dossier dossier, Set<String> argued) {
    List<Evidence> tagged =
        dossier.evidence().stream()
            .filter(e -> e.stances().contains(stance.id()) && e.finding() != null)
            .sorted(strongestFirst())
            .toList();
    List<Evidence> fresh = tagged.stream().filter(e -> !argued.contains(e.id())).toList();
    List<Evidence> best = (fresh.isEmpty() ? tagged : fresh).stream().limit(BUILT_ARGUMENTS).toList();
    if (best.isEmpty()) {
      return null;
    }
    best.forEach(e -> argued.add(e.id()));
    List<Theme.Argument> arguments =
        best.stream().map(e -> new Theme.Argument(e.finding(), List.of(e.id()), null)).toList();
    return new Theme(stance.id(), stance.label(), null, arguments, List.of(), List.of());
  }

  /** Strongest first; then newest; then by id, so the order never depends on file order. */
  Comparator<Evidence> strongestFirst() {
    return Comparator.comparingDouble((Evidence e) -> strength.of(e))
        .reversed()
        .thenComparing(Evidence::date, Comparator.reverseOrder())
        .thenComparing(Evidence::id);
  }

  private Theme withArgumentsRanked(Theme theme, Dossier dossier) {
    List<Theme.Argument> arguments = new ArrayList<>(theme.arguments());
    arguments.sort(
        Comparator.comparingDouble((Theme.Argument a) -> weight(a.evidence(), dossier)).reversed());
    return new Theme(
        theme.stance(),
        theme.headline(),
        theme.position(),
        arguments,
        theme.counters(),
        theme.questions());
  }

  private double citedStrength(Theme theme, Dossier dossier) {
    Set<String> ids = new LinkedHashSet<>();
    theme.arguments().forEach(a -> ids.addAll(a.evidence()));
    return weight(List.copyOf(ids), dossier);
  }

  private double weight(List<String> ids, Dossier dossier) {
    return ids.stream().map(dossier::evidence).mapToDouble(strength::of).sum();
  }
}
