package dev.podium.assemble;

import dev.podium.judge.EvidenceStrength;
import dev.podium.judge.ThemeDrafter;
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
 * its arguments cite, each record halved unless it bears the way the speaker's side argues, and the
 * whole halved when its stance has no bearing on the motion; themes a person wrote come before
 * drafted ones, and ties go to taxonomy order. Arguments are ordered by the summed strength of
 * their citations, ties keeping the curated order. A stance with evidence but no theme in the seeds
 * gets one drafted as {@code podium draft} would write it ({@link ThemeDrafter}).
 */
public final class ThemeRanker {
  private final EvidenceStrength strength;
  private final ThemeDrafter drafter;

  public ThemeRanker(EvidenceStrength strength, ThemeDrafter drafter) {
    this.strength = strength;
    this.drafter = drafter;
  }

  /**
   * A theme as it will appear, with its score and whether a person curated it: false for a theme
   * drafted now or drafted earlier and still marked so.
   */
  public record RankedTheme(Theme theme, boolean curated, double score) {}

  public List<RankedTheme> rank(Dossier dossier) {
    List<RankedTheme> ranked = new ArrayList<>();
    for (Stance stance : dossier.taxonomy().stances()) {
      Theme written =
          dossier.themes().stream()
              .filter(t -> t.stance().equals(stance.id()))
              .findFirst()
              .orElse(null);
      ThemeDrafter.Draft draft = written == null ? drafter.draft(stance) : null;
      Theme theme = written != null ? written : draft == null ? null : draft.theme();
      if (theme == null) {
        continue;
      }
      Theme ordered = withArgumentsRanked(theme, dossier);
      double factor = dossier.motion().sideOf(stance.id()) == Side.NEUTRAL ? 0.5 : 1.0;
      ranked.add(
          new RankedTheme(ordered, !theme.drafted(), factor * citedStrength(ordered, dossier)));
    }
    // A theme a person wrote comes before any Podium drafted; stable, so equal scores keep
    // taxonomy order.
    ranked.sort(
        Comparator.comparing((RankedTheme r) -> !r.curated())
            .thenComparing(Comparator.comparingDouble(RankedTheme::score).reversed()));
    return ranked;
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
    return theme.withArguments(arguments);
  }

  private double citedStrength(Theme theme, Dossier dossier) {
    Set<String> ids = new LinkedHashSet<>();
    theme.arguments().forEach(a -> ids.addAll(a.evidence()));
    return ids.stream()
        .map(dossier::evidence)
        .mapToDouble(e -> strength.of(e) * drafter.weightFor(e))
        .sum();
  }

  private double weight(List<String> ids, Dossier dossier) {
    return ids.stream().map(dossier::evidence).mapToDouble(strength::of).sum();
  }
}
