package dev.podium.assemble;

import dev.podium.assemble.PanelView.CellView;
import dev.podium.assemble.PanelView.ClashQuestionView;
import dev.podium.assemble.PanelView.ClashRowView;
import dev.podium.assemble.PanelView.SpeakerView;
import dev.podium.judge.Authorship;
import dev.podium.judge.BearingJudge;
import dev.podium.judge.EvidenceStrength;
import dev.podium.judge.SidePrediction;
import dev.podium.judge.SidePredictor;
import dev.podium.judge.ThemeDrafter;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Side;
import dev.podium.model.Stance;
import dev.podium.model.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Assembles a panel pack from several dossiers on one motion. A speaker's cell in the clash matrix
 * is the side they are predicted to argue, on each stance where they have evidence; a stance
 * clashes when one speaker argues it for the motion and another against.
 */
public final class PanelAssembler {
  private final BriefAssembler briefs;

  public PanelAssembler(String version) {
    this.briefs = new BriefAssembler(version);
  }

  /**
   * The panel pack of these speakers; {@code gridFile} names the clash grid chart, or is null for
   * no charts. A matrix without stances has no grid.
   */
  public PanelView assemble(
      List<Dossier> dossiers, CitationStyle style, LocalDate asOf, String gridFile) {
    List<BriefView> views =
        dossiers.stream()
            .map(d -> briefs.assemble(d, new BriefRequest("handout", style, asOf, null, null)))
            .toList();
    List<SpeakerView> speakers =
        IntStream.range(0, views.size())
            .mapToObj(i -> new SpeakerView(views.get(i), i == views.size() - 1))
            .toList();
    List<ClashRowView> rows = rows(dossiers, views);
    List<ClashQuestionView> questions = new ArrayList<>();
    for (ClashRowView row : rows) {
      if (row.clash()) {
        questions.addAll(questions(row, dossiers, views, asOf));
      }
    }
    BriefView first = views.get(0);
    return new PanelView(
        first.motion(),
        first.style(),
        speakers,
        rows,
        rows.isEmpty() ? null : gridFile,
        (int) rows.stream().filter(ClashRowView::clash).count(),
        questions,
        new BriefView.ProvenanceView(
            first.provenance().version(),
            views.stream().map(v -> v.provenance().fingerprint()).collect(Collectors.joining("+")),
            views.stream()
                .map(v -> v.provenance().asOf())
                .max(Comparator.naturalOrder())
                .orElseThrow()));
  }

  /**
   * The matrix: every stance of the taxonomy on which at least one speaker has evidence. A cell is
   * the way most of the speaker's records on the stance bear on the motion (neutral when as many
   * bear each way, or none does), so a cell never contradicts the records it counts.
   */
  private static List<ClashRowView> rows(List<Dossier> dossiers, List<BriefView> views) {
    List<ClashRowView> rows = new ArrayList<>();
    List<BearingJudge> judges =
        dossiers.stream().map(d -> new BearingJudge(d.motion(), d.taxonomy())).toList();
    for (Stance stance : dossiers.get(0).taxonomy().stances()) {
      List<CellView> cells = new ArrayList<>();
      for (int i = 0; i < dossiers.size(); i++) {
        List<Evidence> tagged =
            dossiers.get(i).evidence().stream()
                .filter(e -> e.stances().contains(stance.id()))
                .toList();
        int count = tagged.size();
        BearingJudge judge = judges.get(i);
        int bearFor = (int) tagged.stream().filter(e -> judge.of(e).side() == Side.FOR).count();
        int bearAgainst =
            (int) tagged.stream().filter(e -> judge.of(e).side() == Side.AGAINST).count();
        String side = count == 0 ? "silent" : lean(bearFor, bearAgainst).id();
        cells.add(
            new CellView(
                views.get(i).persona().displayName(),
                side,
                count,
                side.equals("for"),
                side.equals("against"),
                count == 0,
                bearFor,
                bearAgainst,
                bearFor > 0 && bearFor == bearAgainst));
      }
      if (cells.stream().anyMatch(c -> !c.silent())) {
        boolean clash =
            cells.stream().anyMatch(CellView::isFor)
                && cells.stream().anyMatch(CellView::isAgainst);
        rows.add(new ClashRowView(stance.id(), stance.label(), cells, clash));
      }
    }
    return rows;
  }

  private static Side lean(int bearFor, int bearAgainst) {
    return bearFor > bearAgainst ? Side.FOR : bearFor < bearAgainst ? Side.AGAINST : Side.NEUTRAL;
  }

  /** For every pair on opposite sides of a clashing stance, a question each way. */
  private static List<ClashQuestionView> questions(
      ClashRowView row, List<Dossier> dossiers, List<BriefView> views, LocalDate asOf) {
    List<ClashQuestionView> questions = new ArrayList<>();
    for (int from = 0; from < dossiers.size(); from++) {
      CellView fromCell = row.cells().get(from);
      if (fromCell.silent()) {
        continue;
      }
      Line line = strongestLine(dossiers.get(from), row.stance(), views.get(from), asOf);
      for (int ask = 0; ask < dossiers.size(); ask++) {
        CellView askCell = row.cells().get(ask);
        if (ask != from
            && !askCell.silent()
            && !askCell.side().equals(fromCell.side())
            && line != null) {
          questions.add(
              new ClashQuestionView(
                  row.label(),
                  askCell.speaker(),
                  askCell.side(),
                  fromCell.speaker(),
                  fromCell.side(),
                  ShownText.of(line.claim()),
                  ShownText.of(line.source().title()),
                  line.source().date().getYear()));
        }
      }
    }
    return questions;
  }

  /** A speaker's leading claim on a stance and the strongest record it rests on. */
  private record Line(String claim, Evidence source) {}

  private static Line strongestLine(
      Dossier dossier, String stance, BriefView view, LocalDate asOf) {
    LocalDate reference = view.provenance().asOf();
    Authorship authorship = Authorship.of(dossier.persona());
    EvidenceStrength strength = new EvidenceStrength(authorship, asOf != null ? asOf : reference);
    SidePrediction prediction = new SidePredictor(strength, authorship).predict(dossier);
    ThemeRanker ranker =
        new ThemeRanker(
            strength,
            new ThemeDrafter(dossier, strength, authorship, prediction, prediction.side()));
    return ranker.rank(dossier).stream()
        .map(ThemeRanker.RankedTheme::theme)
        .filter(t -> t.stance().equals(stance) && !t.arguments().isEmpty())
        .findFirst()
        .map(t -> line(t.arguments().get(0), dossier, ranker))
        .orElse(null);
  }

  private static Line line(Theme.Argument argument, Dossier dossier, ThemeRanker ranker) {
    Evidence source =
        argument.evidence().stream()
            .map(dossier::evidence)
            .sorted(ranker.strongestFirst())
            .findFirst()
            .orElseThrow();
    return new Line(argument.claim(), source);
  }
}
