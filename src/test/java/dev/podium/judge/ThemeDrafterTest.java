package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Side;
import dev.podium.model.Stance;
import dev.podium.model.Theme;
import dev.podium.model.Verbatim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeDrafterTest {
  @TempDir Path temp;
  private Dossier dossier;
  private Authorship authorship;
  private ThemeDrafter drafter;

  @BeforeEach
  void loadTheBundledPersonaWithoutThemes() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Files.delete(seeds.resolve("personas/fazl-barez/themes.yaml"));
    Diagnostics diagnostics = new Diagnostics();
    dossier =
        new DossierLoader(SeedsDirectory.onDisk(seeds))
            .load("fazl-barez", "ai-autonomy-over-life", diagnostics);
    authorship = Authorship.of(dossier.persona());
    EvidenceStrength strength = new EvidenceStrength(authorship, LocalDate.parse("2026-05-17"));
    SidePrediction prediction = new SidePredictor(strength, authorship).predict(dossier);
    assertThat(prediction.side()).isEqualTo(Side.AGAINST);
    drafter = new ThemeDrafter(dossier, strength, authorship, prediction, prediction.side());
  }

  private Theme draft(String stance) {
    return drafter.draft(dossier.taxonomy().find(stance)).theme();
  }

  @Test
  void eachKeyPointIsLedByHisOwnPaperAndClaimsItsFindingVerbatim() {
    Theme deception = draft("deception");
    assertThat(deception.drafted()).isTrue();
    assertThat(deception.arguments()).hasSizeBetween(1, ThemeDrafter.MAX_POINTS);
    for (Theme.Argument argument : deception.arguments()) {
      Evidence lead = dossier.evidence(argument.evidence().get(0));
      assertThat(argument.claim()).isEqualTo(lead.finding());
      // The card quotes the finding itself, in its context: so the quote is the claim, word for
      // word in the lead's abstract.
      assertThat(argument.quote()).isEqualTo(lead.finding());
      assertThat(Verbatim.isSpanOf(argument.quote(), lead.abstract_()))
          .as(argument.quote())
          .isTrue();
      // Within a key point no record outranks the lead: his own papers come first.
      argument.evidence().stream()
          .map(dossier::evidence)
          .forEach(e -> assertThat(!authorship.authored(e) || authorship.authored(lead)).isTrue());
    }
    assertThat(
            authorship.authored(dossier.evidence(deception.arguments().get(0).evidence().get(0))))
        .isTrue();
  }

  @Test
  void recordsThatCutAgainstHisSideAreObjectionsAndHedgesAreQuotedVerbatim() {
    Theme unlearning = draft("unlearning-limits");
    assertThat(unlearning.arguments())
        .flatExtracting(Theme.Argument::evidence)
        .doesNotContain("precise-concept-erasure");
    Theme.Counter first = unlearning.counters().get(0);
    assertThat(first.evidence()).first().isEqualTo("precise-concept-erasure");
    assertThat(first.objection()).contains(dossier.evidence("precise-concept-erasure").finding());
    // The response is his own record's finding, never invented.
    Evidence own = dossier.evidence(first.evidence().get(1));
    assertThat(authorship.authored(own)).isTrue();
    assertThat(first.response()).contains(own.finding());
    for (Theme.Counter c : unlearning.counters().subList(1, unlearning.counters().size())) {
      String hedge =
          c.objection().substring(c.objection().indexOf(": “") + 3, c.objection().length() - 1);
      assertThat(Verbatim.isSpanOf(hedge, dossier.evidence(c.evidence().get(0)).abstract_()))
          .as(hedge)
          .isTrue();
    }
    assertThat(unlearning.counters()).hasSizeLessThanOrEqualTo(ThemeDrafter.MAX_COUNTERS);
  }

  @Test
  void aPaperHisProfileOnlyNamesIsNotCalledHisAndHisOwnEmphasisIsNoObjection() {
    Evidence sleeperAgents = dossier.evidence("sleeper-agents");
    assertThat(sleeperAgents.key()).isTrue();
    assertThat(authorship.status(sleeperAgents)).isEqualTo(Authorship.Status.NOT_SHOWN);
    for (Stance stance : dossier.taxonomy().stances()) {
      ThemeDrafter.Draft draft = drafter.draft(stance);
      if (draft == null) {
        continue;
      }
      List<String> pressed = new java.util.ArrayList<>(draft.theme().questions());
      draft.theme().counters().forEach(c -> pressed.add(c.objection()));
      assertThat(pressed)
          .noneMatch(
              text -> text.contains("own “Sleeper Agents") || text.contains("your “Sleeper Agents"))
          .noneMatch(text -> text.contains("a small but non-negligible proportion"))
          .noneMatch(text -> text.contains("mitigates, but does not eliminate"));
    }
  }

  @Test
  void everyQuestionNamesTheRecordItRestsOn() {
    Theme governance = draft("governance");
    assertThat(governance.questions()).hasSizeBetween(1, ThemeDrafter.MAX_QUESTIONS);
    for (int i = 0; i < governance.questions().size(); i++) {
      Evidence lead = dossier.evidence(governance.arguments().get(i).evidence().get(0));
      assertThat(governance.questions().get(i))
          .contains("“" + lead.title() + "” (" + lead.date().getYear() + ")");
    }
  }

  @Test
  void aDraftIsTheSameEveryTimeAndItsDigestTellsAnEditApart() {
    Theme once = draft("deception");
    assertThat(draft("deception")).isEqualTo(once);
    assertThat(DraftDigest.untouched(once)).isTrue();
    Theme.Argument edited = new Theme.Argument("Edited.", once.arguments().get(0).evidence(), null);
    assertThat(DraftDigest.untouched(once.withArguments(List.of(edited)))).isFalse();
  }

  @Test
  void recordsThatShareWordsMakeOneKeyPointAndOthersTheirOwn() {
    Evidence a =
        record(
            "a",
            "Backdoors persist through safety training",
            "We find backdoors persist after safety training.");
    Evidence b =
        record(
            "b",
            "Safety training leaves backdoors",
            "Backdoors survive safety training in our tests.");
    Evidence c =
        record("c", "Auditing interpretability", "Auditing is essential for interpretability.");
    List<KeyPoints.Group> groups = KeyPoints.group(List.of(a, b, c), Map.of());
    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).records()).containsExactly(a, b);
    assertThat(groups.get(0).shared()).contains("backdoor", "safeti", "train");
    assertThat(groups.get(1).records()).containsExactly(c);
  }

  @Test
  void aPreprintCategoryIsNotPeerReview() {
    assertThat(PeerReview.preprint("LG")).isTrue();
    assertThat(PeerReview.preprint("cs.CL")).isTrue();
    assertThat(PeerReview.preprint("hep-th")).isTrue();
    assertThat(PeerReview.preprint("NeurIPS 2024")).isFalse();
    assertThat(PeerReview.preprint("Nature Machine Intelligence")).isFalse();
  }

  private static Evidence record(String id, String title, String finding) {
    return new Evidence(
        id,
        title,
        List.of("Someone"),
        false,
        LocalDate.parse("2024-01-01"),
        "LG",
        null,
        List.of(),
        finding,
        List.of("deception"),
        List.of(),
        finding,
        List.of(),
        false,
        false,
        null,
        List.of(),
        null,
        null);
  }
}
