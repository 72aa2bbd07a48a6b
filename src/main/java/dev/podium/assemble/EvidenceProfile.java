package dev.podium.assemble;

import dev.podium.assemble.BriefView.ProfileRowView;
import dev.podium.assemble.BriefView.ProfileView;
import dev.podium.assemble.BriefView.ProfileYearView;
import dev.podium.judge.Authorship;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Counts what the evidence profile shows: per stance, in taxonomy order, the records that carry it,
 * year by year, how many of them the speaker wrote, and how many cannot say (author list cut short
 * without his name).
 */
final class EvidenceProfile {
  private EvidenceProfile() {}

  /** The profile of the dossier's evidence, or null when no record carries a stance. */
  static ProfileView of(Dossier dossier, Authorship authorship, String file) {
    List<Evidence> evidence = dossier.evidence();
    List<Evidence> tagged = evidence.stream().filter(e -> !e.stances().isEmpty()).toList();
    if (tagged.isEmpty()) {
      return null;
    }
    List<Stance> covered =
        dossier.taxonomy().stances().stream()
            .filter(s -> tagged.stream().anyMatch(e -> e.stances().contains(s.id())))
            .toList();
    List<ProfileRowView> rows =
        IntStream.range(0, covered.size())
            .mapToObj(i -> row(covered.get(i), tagged, authorship, i == covered.size() - 1))
            .toList();
    int firstYear = evidence.stream().mapToInt(e -> e.date().getYear()).min().orElseThrow();
    int lastYear = evidence.stream().mapToInt(e -> e.date().getYear()).max().orElseThrow();
    List<List<Integer>> yearsByStance =
        covered.stream()
            .map(
                s ->
                    tagged.stream()
                        .filter(e -> e.stances().contains(s.id()))
                        .map(e -> e.date().getYear())
                        .toList())
            .toList();
    return new ProfileView(
        file,
        tagged.size(),
        BriefAssembler.count(tagged, authorship, Authorship.Status.AUTHOR),
        BriefAssembler.count(tagged, authorship, Authorship.Status.NOT_SHOWN),
        (int) tagged.stream().filter(e -> e.stances().size() > 1).count(),
        firstYear,
        lastYear,
        ProfileScale.of(firstYear, lastYear, yearsByStance),
        rows);
  }

  private static ProfileRowView row(
      Stance stance, List<Evidence> tagged, Authorship authorship, boolean last) {
    List<Evidence> records =
        tagged.stream().filter(e -> e.stances().contains(stance.id())).toList();
    List<Integer> years =
        records.stream().map(e -> e.date().getYear()).distinct().sorted().toList();
    List<ProfileYearView> cells = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      int year = years.get(i);
      List<Evidence> inYear = records.stream().filter(e -> e.date().getYear() == year).toList();
      int authored = BriefAssembler.count(inYear, authorship, Authorship.Status.AUTHOR);
      int notShown = BriefAssembler.count(inYear, authorship, Authorship.Status.NOT_SHOWN);
      cells.add(
          new ProfileYearView(
              year,
              inYear.size(),
              authored,
              notShown,
              authored + notShown > 0,
              i == years.size() - 1));
    }
    return new ProfileRowView(
        stance.label(),
        records.size(),
        BriefAssembler.count(records, authorship, Authorship.Status.AUTHOR),
        BriefAssembler.count(records, authorship, Authorship.Status.NOT_SHOWN),
        cells,
        last);
  }
}
