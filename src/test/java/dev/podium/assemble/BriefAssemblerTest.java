package dev.podium.assemble;

import static dev.podium.assemble.Fixtures.argument;
import static dev.podium.assemble.Fixtures.dossier;
import static dev.podium.assemble.Fixtures.evidence;
import static dev.podium.assemble.Fixtures.motion;
import static dev.podium.assemble.Fixtures.persona;
import static dev.podium.assemble.Fixtures.theme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.assemble.BriefView.ArgumentView;
import dev.podium.assemble.BriefView.ReferenceView;
import dev.podium.assemble.BriefView.ThemeView;
import dev.podium.imports.Edits;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Persona;
import dev.podium.model.Side;
import dev.podium.model.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BriefAssemblerTest {
  private final BriefAssembler assembler = new BriefAssembler("test");

  private BriefView assemble(Dossier dossier) {
    return assembler.assemble(dossier, BriefRequest.of("moderator"));
  }

  private static List<String> themeOrder(BriefView view) {
    return view.themes().stream().map(ThemeView::stance).toList();
  }

  @Test
  void ranksThemesByTheStrengthOfTheirEvidenceAndHalvesNeutralStances() {
    // As of 2025-06-01: a1 = 1 + 1 (by Pat) + 1 (recent) = 3; b1 = 1 + 0.5 = 1.5; b2 = 1 + 1 = 2;
    // c1 = 3, but its stance is neutral, so its theme counts half.
    Dossier d =
        dossier(
            persona(null),
            motion(Side.AGAINST, Side.FOR, Side.NEUTRAL),
            List.of(
                evidence("a1", "2025-06-01", true, "alpha"),
                evidence("b1", "2023-01-01", false, "beta"),
                evidence("b2", "2025-01-01", false, "beta"),
                evidence("c1", "2025-05-01", true, "gamma")),
            List.of(
                theme("gamma", argument("c", "c1")),
                theme("beta", argument("b-weak", "b1"), argument("b-strong", "b2")),
                theme("alpha", argument("a", "a1"))));
    BriefView view = assemble(d);
    // alpha 3.0, beta 3.5, gamma 3.0 * 0.5 = 1.5
    assertThat(themeOrder(view)).containsExactly("beta", "alpha", "gamma");
    assertThat(view.themes().get(0).arguments().stream().map(ArgumentView::claim))
        .containsExactly("b-strong", "b-weak");
  }

  @Test
  void breaksTiesByTaxonomyOrderAndKeepsCuratedArgumentOrder() {
    Dossier d =
        dossier(
            persona(null),
            motion(Side.AGAINST, Side.AGAINST, Side.AGAINST),
            List.of(
                evidence("x", "2020-01-01", false, "alpha", "beta"),
                evidence("y", "2020-01-01", false, "beta")),
            List.of(
                theme("beta", argument("first", "x"), argument("second", "y")),
                theme("alpha", argument("only", "x"))));
    BriefView view = assemble(d);
    assertThat(themeOrder(view)).containsExactly("beta", "alpha");
    assertThat(view.themes().get(0).arguments().stream().map(ArgumentView::claim))
        .containsExactly("first", "second");
    view =
        assemble(
            dossier(
                persona(null),
                motion(Side.AGAINST, Side.AGAINST, Side.AGAINST),
                List.of(evidence("x", "2020-01-01", false, "alpha", "beta")),
                List.of(theme("beta", argument("b", "x")), theme("alpha", argument("a", "x")))));
    assertThat(themeOrder(view)).containsExactly("alpha", "beta");
  }

  @Test
  void numbersCitationsByFirstUseThenCountersThenTheRestStrongestFirst() {
    Theme alpha =
        new Theme(
            "alpha",
            "H",
            null,
            List.of(argument("one", "e3", "e1"), argument("two", "e1")),
            List.of(new Theme.Counter("objection", "response", List.of("e2", "e1"))),
            List.of("Question?"));
    Dossier d =
        dossier(
            persona(null),
            motion(Side.AGAINST, Side.AGAINST, Side.AGAINST),
            List.of(
                evidence("e1", "2024-01-01", false, "alpha"),
                evidence("e2", "2024-01-01", false, "alpha"),
                evidence("e3", "2024-01-01", false, "alpha"),
                evidence("old", "2010-01-01", false, "alpha"),
                evidence("new", "2024-01-01", true, "alpha"),
                evidence("untagged", "2024-01-01", true)),
            List.of(alpha));
    BriefView view = assemble(d);
    ThemeView theme = view.themes().get(0);
    // A card cites the record it quotes on its cite line, and the others that make the point after.
    assertThat(theme.arguments().get(0).cite()).isEqualTo("[1]");
    assertThat(theme.arguments().get(0).alsoCite()).isEqualTo("[2]");
    assertThat(theme.arguments().get(1).cite()).isEqualTo("[2]");
    assertThat(theme.arguments().get(1).alsoCite()).isNull();
    assertThat(theme.counters().get(0).cite()).isEqualTo("[2], [3]");
    assertThat(view.references().stream().map(ReferenceView::id))
        .containsExactly("e3", "e1", "e2", "new", "old");
    assertThat(view.evidence()).isEqualTo(view.references());
    assertThat(view.references().stream().map(ReferenceView::number))
        .containsExactly(1, 2, 3, 4, 5);
    assertThat(view.references().stream().map(ReferenceView::label))
        .containsExactly("[1]", "[2]", "[3]", "[4]", "[5]");
    assertThat(view.references().get(0).text()).isEqualTo("S. Else, “Title e3,” Jan. 01, 2024.");
    assertThat(view.references().stream().map(ReferenceView::cited))
        .as(
            "cited by a card or counter; 'new' and 'old' are listed only because they carry a"
                + " stance")
        .containsExactly(true, true, true, false, false);
    // Neither cited nor tagged: counted on file, left out of the table and references.
    assertThat(view.glance().evidenceCount()).isEqualTo(6);
    assertThat(view.glance().listedCount()).isEqualTo(5);
    assertThat(view.glance().unlistedCount()).isEqualTo(1);
    // The card quotes the first cited record that has a quote, with that record's number.
    assertThat(theme.arguments().get(0).quote().cite()).isEqualTo("[1]");
    assertThat(theme.arguments().get(0).quote().text()).isEqualTo("We find e3 matters.");

    // The opponent brief numbers what its lines use, in its own order, and lists nothing else: no
    // uncited record, tagged or not.
    BriefView opponent = assembler.assemble(d, BriefRequest.of("opponent"));
    assertThat(opponent.references().stream().map(ReferenceView::id))
        .containsExactly("e3", "e1", "e2");
    assertThat(opponent.evidence()).isEqualTo(opponent.references());
    assertThat(opponent.themes().get(0).arguments().get(0).cite()).isEqualTo("[1]");
    assertThat(opponent.themes().get(0).arguments().get(0).alsoCite()).isEqualTo("[2]");
    assertThat(opponent.themes().get(0).counters().get(0).cite()).isEqualTo("[2], [3]");

    // The handout cites only the source of each of its points, numbered from [1] in its own order.
    BriefView handout = assembler.assemble(d, BriefRequest.of("handout"));
    assertThat(handout.keyArguments()).hasSize(1);
    assertThat(handout.keyArguments().get(0).source().id()).isEqualTo("e1");
    assertThat(handout.keyArguments().get(0).cite()).isEqualTo("[1]");
    assertThat(handout.references().stream().map(ReferenceView::id)).containsExactly("e1");
    assertThat(handout.references().stream().map(ReferenceView::label)).containsExactly("[1]");
  }

  @Test
  void draftsAThemeForAStanceWithEvidenceButNoTheme() {
    Dossier d =
        dossier(
            persona(null),
            motion(Side.FOR, Side.AGAINST, Side.AGAINST),
            List.of(
                evidence("g1", "2024-01-01", false, "gamma"),
                evidence("g2", "2024-02-01", true, "gamma"),
                evidence("g3", "2019-01-01", false, "gamma"),
                evidence("g4", "2024-03-01", false, "gamma")),
            List.of());
    BriefView view = assemble(d);
    assertThat(view.themes()).hasSize(1);
    ThemeView drafted = view.themes().get(0);
    assertThat(drafted.curated()).isFalse();
    assertThat(drafted.headline()).isNull();
    assertThat(drafted.label()).isEqualTo("Gamma");
    // No words tell these records apart, so each is its own key point: his own first, then newest.
    assertThat(drafted.arguments().stream().map(ArgumentView::claim))
        .containsExactly(
            "We find g2 matters.",
            "We find g4 matters.",
            "We find g1 matters.",
            "We find g3 matters.");
    assertThat(drafted.questions()).hasSize(3).allMatch(q -> q.contains("“Title g"));
  }

  @Test
  void builtThemesArgueOnlyFromRecordsThatStateAFinding() {
    Dossier d =
        dossier(
            persona(null),
            motion(Side.FOR, Side.AGAINST, Side.AGAINST),
            List.of(
                Edits.with(evidence("g1", "2024-01-01", true, "gamma"), "finding", null),
                evidence("g2", "2023-01-01", false, "gamma"),
                Edits.with(evidence("a1", "2024-01-01", true, "alpha"), "finding", null)),
            List.of());
    BriefView view = assemble(d);
    assertThat(view.themes()).extracting(ThemeView::label).containsExactly("Gamma");
    assertThat(view.themes().get(0).arguments())
        .extracting(ArgumentView::claim)
        .containsExactly("We find g2 matters.");
    assertThat(view.evidence())
        .filteredOn(r -> r.id().equals("g1"))
        .singleElement()
        .extracting(ReferenceView::finding)
        .isNull();
  }

  @Test
  void aRecordTaggedWithTwoStancesIsArguedInBothDraftedThemes() {
    Dossier d =
        dossier(
            persona(null),
            motion(Side.AGAINST, Side.AGAINST, Side.AGAINST),
            List.of(
                evidence("both", "2024-01-01", true, "alpha", "beta"),
                evidence("a1", "2023-01-01", false, "alpha"),
                evidence("b1", "2023-01-01", false, "beta"),
                evidence("only-shared", "2022-01-01", false, "gamma", "alpha")),
            List.of(theme("gamma", argument("Curated.", "only-shared"))));
    BriefView view = assemble(d);
    Map<String, List<String>> claims = new java.util.HashMap<>();
    view.themes()
        .forEach(
            t -> claims.put(t.label(), t.arguments().stream().map(ArgumentView::claim).toList()));
    // Each stance is drafted as podium draft would write it, whatever the other themes argue; the
    // records share two words ("title", "matters"), so each stance has one key point led by his
    // own.
    assertThat(claims.get("Alpha")).containsExactly("We find both matters.");
    assertThat(claims.get("Beta")).containsExactly("We find both matters.");
    ThemeView alpha =
        view.themes().stream().filter(t -> t.label().equals("Alpha")).findFirst().orElseThrow();
    assertThat(alpha.arguments().get(0).records()).isEqualTo(3);
    assertThat(claims.get("Gamma")).containsExactly("Curated.");
  }

  @Test
  void aStanceWhoseRecordsAreAllArguedElsewhereStillGetsItsTheme() {
    Dossier d =
        dossier(
            persona(null),
            motion(Side.AGAINST, Side.AGAINST, Side.AGAINST),
            List.of(evidence("both", "2024-01-01", true, "alpha", "beta")),
            List.of());
    BriefView view = assemble(d);
    assertThat(view.themes())
        .extracting(ThemeView::label)
        .containsExactlyInAnyOrder("Alpha", "Beta");
  }

  @Test
  void predictsTheSideFromEvidenceWhenTheProfileIsSilent() {
    Dossier d =
        dossier(
            persona(null),
            motion(Side.FOR, Side.AGAINST, Side.NEUTRAL),
            List.of(
                evidence("f1", "2024-01-01", false, "alpha"),
                evidence("a1", "2024-01-01", true, "beta"),
                evidence("a2", "2024-01-01", false, "beta"),
                evidence("n1", "2024-01-01", true, "gamma")),
            List.of());
    // for: f1 = 2; against: a1 = 3, a2 = 2; gamma is neutral and does not count.
    BriefView.SideView side = assemble(d).side();
    assertThat(side.id()).isEqualTo("against");
    assertThat(side.stated()).isNull();
    assertThat(side.evidenceAgrees()).isTrue();
    assertThat(side.reasons().stream().map(BriefView.ReasonView::bearing))
        .containsExactly("for", "against", "neutral");
  }

  @Test
  void fewerThanThreeRecordsBearingOnTheMotionPredictNothing() {
    Dossier d =
        dossier(
            persona(null),
            motion(Side.AGAINST, Side.AGAINST, Side.NEUTRAL),
            List.of(
                evidence("a1", "2024-01-01", true, "alpha"),
                evidence("a2", "2024-01-01", true, "beta"),
                evidence("n1", "2024-01-01", true, "gamma"),
                evidence("n2", "2024-01-01", true, "gamma")),
            List.of());
    BriefView.SideView side = assemble(d).side();
    assertThat(side.id()).isEqualTo("undecided");
    assertThat(side.evidenceUndecided()).isTrue();
    assertThat(side.reasons()).hasSize(3);
  }

  @Test
  void theProfilesStatedSideWinsAndDisagreementIsShown() {
    Persona.StatedPosition stated =
        new Persona.StatedPosition("m", Side.FOR, "Summary.", "quote", "sources/p.md");
    Dossier d =
        dossier(
            persona(stated),
            motion(Side.AGAINST, Side.AGAINST, Side.AGAINST),
            List.of(
                evidence("a1", "2024-01-01", true, "alpha"),
                evidence("a2", "2024-01-01", true, "beta"),
                evidence("a3", "2024-01-01", true, "gamma")),
            List.of());
    BriefView.SideView side = assemble(d).side();
    assertThat(side.id()).isEqualTo("for");
    assertThat(side.evidenceSide()).isEqualTo("against");
    assertThat(side.evidenceAgrees()).isFalse();
  }

  @Test
  void aStatedPositionOnAnotherMotionIsIgnored() {
    Persona.StatedPosition stated =
        new Persona.StatedPosition("other", Side.FOR, "S.", "q", "sources/p.md");
    Dossier d =
        dossier(
            persona(stated),
            motion(Side.NEUTRAL, Side.NEUTRAL, Side.NEUTRAL),
            List.of(),
            List.of());
    BriefView view = assemble(d);
    assertThat(view.side().id()).isEqualTo("undecided");
    assertThat(view.side().stated()).isNull();
    assertThat(view.provenance().asOf()).isEqualTo(LocalDate.EPOCH);
  }

  @Test
  void recencyIsMeasuredFromTheGivenDate() {
    Dossier d =
        dossier(
            persona(null),
            motion(Side.AGAINST, Side.AGAINST, Side.AGAINST),
            List.of(
                evidence("old", "2020-01-01", false, "alpha"),
                evidence("new", "2024-01-01", false, "beta")),
            List.of());
    BriefView view =
        assembler.assemble(
            d,
            new BriefRequest(
                "moderator", CitationStyle.named("ieee"), LocalDate.of(2020, 6, 1), null, null));
    // From 2020, "new" lies in the future (counts as recent) and "old" is recent too: a tie, so
    // taxonomy order decides.
    assertThat(themeOrder(view)).containsExactly("alpha", "beta");
    assertThat(view.provenance().asOf()).isEqualTo(LocalDate.parse("2020-06-01"));
  }

  @Test
  void authorDateStylesSortReferencesAlphabeticallyAndCiteByName() {
    Dossier d =
        dossier(
            persona(null),
            motion(Side.AGAINST, Side.AGAINST, Side.AGAINST),
            List.of(
                evidence("zeta", "2024-01-01", true, "alpha"),
                evidence("beta", "2023-01-01", false, "alpha")),
            List.of(theme("alpha", argument("one", "zeta", "beta"))));
    BriefView view =
        assembler.assemble(
            d, new BriefRequest("moderator", CitationStyle.named("apa"), null, null, null));
    assertThat(view.style().numeric()).isFalse();
    // First use still numbers the table; the reference list follows the style (author, year).
    assertThat(view.evidence().stream().map(ReferenceView::id)).containsExactly("zeta", "beta");
    assertThat(view.references().stream().map(ReferenceView::id)).containsExactly("beta", "zeta");
    // The cite line names the record the card quotes (zeta, the first with a quote); the other
    // record that makes the point is cited after it.
    assertThat(view.themes().get(0).arguments().get(0).cite()).isEqualTo("(Else & Speaker, 2024)");
    assertThat(view.themes().get(0).arguments().get(0).alsoCite()).isEqualTo("(Else, 2023)");
    assertThat(view.themes().get(0).arguments().get(0).quote().cite())
        .isEqualTo("(Else & Speaker, 2024)");
    assertThat(view.references().get(1).text())
        .isEqualTo("Else, S., & Speaker, P. (2024). Title zeta.");
  }

  @Test
  void aChosenSideOverridesThePredictionAndSaysSo() {
    Dossier d =
        dossier(
            persona(null),
            motion(Side.AGAINST, Side.AGAINST, Side.AGAINST),
            List.of(
                evidence("a1", "2024-01-01", true, "alpha"),
                evidence("a2", "2024-01-01", true, "alpha"),
                evidence("a3", "2024-01-01", true, "alpha")),
            List.of());
    BriefView.SideView side =
        assembler
            .assemble(
                d, new BriefRequest("moderator", CitationStyle.named("ieee"), null, Side.FOR, null))
            .side();
    assertThat(side.id()).isEqualTo("for");
    assertThat(side.overridden()).isTrue();
    assertThat(side.predicted()).isEqualTo("against");
  }

  @Test
  void splitsNamesForCitationsKeepingParticlesWithTheFamilyName() {
    assertThat(CitationStyle.name("Philip H. S. Torr").getFamily()).isEqualTo("Torr");
    assertThat(CitationStyle.name("Philip H. S. Torr").getGiven()).isEqualTo("Philip H. S.");
    assertThat(CitationStyle.name("Ludwig van Beethoven").getFamily()).isEqualTo("Beethoven");
    assertThat(CitationStyle.name("Ludwig van Beethoven").getNonDroppingParticle())
        .isEqualTo("van");
    assertThat(CitationStyle.name("Plato").getFamily()).isEqualTo("Plato");
    assertThat(CitationStyle.named("harvard-unknown")).isNull();
  }

  @Test
  void onlySafeLinksReachTheView() {
    assertThat(LinkPolicy.safe("https://arxiv.org/abs/1")).isEqualTo("https://arxiv.org/abs/1");
    assertThat(LinkPolicy.safe("mailto:a@b.org")).isEqualTo("mailto:a@b.org");
    assertThat(LinkPolicy.safe("doi:10.1000/182")).isEqualTo("doi:10.1000/182");
    assertThat(LinkPolicy.safe("javascript:alert(1)")).isNull();
    assertThat(LinkPolicy.safe("JaVaScRiPt:alert(1)")).isNull();
    assertThat(LinkPolicy.safe("data:text/html,x")).isNull();
    assertThat(LinkPolicy.safe("file:///etc/passwd")).isNull();
    assertThat(LinkPolicy.safe("relative/path")).isNull();
    assertThat(LinkPolicy.safe("https://a.org/x y")).isNull();
    assertThat(LinkPolicy.safe("https://a.org/>x")).isNull();
  }

  @Test
  void listsAtMostFortyUncitedTaggedRecordsTheStrongestFirst() {
    List<Evidence> records = new java.util.ArrayList<>();
    records.add(evidence("cited", "2025-06-01", true, "alpha"));
    // 45 uncited records on a stance: the five oldest (2019) are the weakest.
    for (int i = 0; i < 45; i++) {
      records.add(evidence("r" + i, i < 5 ? "2019-01-01" : "2025-05-01", false, "beta"));
    }
    records.add(evidence("untagged", "2025-05-01", false));
    Dossier d =
        dossier(
            persona(null),
            motion(Side.AGAINST, Side.FOR, Side.NEUTRAL),
            records,
            List.of(theme("alpha", argument("a", "cited"))));
    BriefView view = assemble(d);
    // Cited: "cited", and the four strongest beta records, one per key point of beta's drafted
    // theme.
    long cited = view.references().stream().filter(ReferenceView::cited).count();
    assertThat(cited)
        .as(
            "records that a card or counter cites; the uncited tagged records the table adds are"
                + " not cited")
        .isEqualTo(1 + 4);
    assertThat(view.references()).hasSize(5 + BriefAssembler.MAX_UNCITED_LISTED);
    // 41 uncited beta records compete for 40 places: one of the five old ones is left out.
    assertThat(view.references().stream().filter(r -> r.date().startsWith("2019"))).hasSize(4);
    assertThat(view.references().stream().map(ReferenceView::id)).doesNotContain("untagged");
    assertThat(view.glance().omittedCount()).isEqualTo(1);
    assertThat(view.glance().someOmitted()).isTrue();
    assertThat(view.glance().unlistedCount()).isEqualTo(1);

    // Only the moderator's evidence table lists uncited tagged records. The opponent brief lists
    // the records its lines use; the handout, the one source of each of its points.
    BriefView opponent = assembler.assemble(d, BriefRequest.of("opponent"));
    java.util.Set<String> onCards = new java.util.HashSet<>();
    opponent.themes().forEach(t -> t.arguments().forEach(a -> onCards.add(a.source().id())));
    assertThat(opponent.references())
        .extracting(ReferenceView::id)
        .containsExactlyInAnyOrderElementsOf(onCards);
    assertThat(opponent.references()).hasSize(1 + 4).allMatch(ReferenceView::cited);
    assertThat(opponent.glance().omittedCount()).isZero();
    BriefView handout = assembler.assemble(d, BriefRequest.of("handout"));
    assertThat(handout.references())
        .extracting(ReferenceView::id)
        .containsExactlyElementsOf(
            handout.keyArguments().stream().map(k -> k.source().id()).toList());
    assertThat(handout.keyArguments()).hasSize(2);
  }

  /**
   * The record with its author list cut short ("et al."), named in the profile when {@code key}.
   */
  private static Evidence cutShort(Evidence e, boolean key) {
    return new Evidence(
        e.id(),
        e.title(),
        e.authors(),
        true,
        e.date(),
        e.category(),
        e.url(),
        e.links(),
        e.abstract_(),
        e.stances(),
        e.matchedTerms(),
        e.finding(),
        e.quotes(),
        key,
        e.code(),
        e.score(),
        e.affiliations(),
        e.bearing(),
        e.bearingReason());
  }

  @Test
  void countsAndCellsTellHisPapersFromListsCutShortAndFromOthers() {
    // "profiled" is his on the profile's word: listed among its publications, not only named.
    Persona p = persona(null);
    Persona listsProfiled =
        new Persona(
            p.id(),
            p.name(),
            p.honorific(),
            p.headline(),
            p.pronouns(),
            p.authorNames(),
            p.roles(),
            p.affiliations(),
            p.bio(),
            p.researchInterests(),
            p.expertise(),
            List.of(new Persona.Publication("Title profiled", 2025, null, null)),
            p.keyPapers(),
            p.appearances(),
            p.mediaSummary(),
            p.media(),
            p.links(),
            p.coreThemes(),
            p.position());
    Dossier d =
        dossier(
            listsProfiled,
            motion(Side.AGAINST, Side.FOR, Side.NEUTRAL),
            List.of(
                evidence("shown", "2025-01-01", true, "alpha"),
                cutShort(evidence("profiled", "2025-02-01", false, "alpha"), true),
                cutShort(evidence("cut", "2025-03-01", false, "alpha"), false),
                evidence("other", "2024-01-01", false, "alpha"),
                cutShort(evidence("cut-beta", "2024-02-01", false, "beta"), false),
                cutShort(evidence("untagged", "2024-03-01", false), false)),
            List.of(theme("alpha", argument("a", "shown"))));
    BriefView view =
        assembler.assemble(
            d, new BriefRequest("moderator", CitationStyle.named("ieee"), null, null, "p.svg"));

    assertThat(view.glance().authoredCount()).isEqualTo(2);
    assertThat(view.glance().notShownCount()).isEqualTo(3);
    Map<String, List<Boolean>> cells = new java.util.HashMap<>();
    view.evidence().forEach(r -> cells.put(r.id(), List.of(r.authored(), r.authorNotShown())));
    assertThat(cells)
        .containsEntry("shown", List.of(true, false))
        .containsEntry("profiled", List.of(true, false))
        .containsEntry("cut", List.of(false, true))
        .containsEntry("other", List.of(false, false))
        .containsEntry("cut-beta", List.of(false, true));
    BriefView.ReasonView alpha = view.side().reasons().get(0);
    assertThat(List.of(alpha.evidenceCount(), alpha.authoredCount(), alpha.notShownCount()))
        .containsExactly(4, 2, 1);
    BriefView.ProfileView profile = view.profile();
    assertThat(List.of(profile.recordCount(), profile.authoredCount(), profile.notShownCount()))
        .containsExactly(5, 2, 2);
    assertThat(profile.stances().get(0).years())
        .containsExactly(
            new BriefView.ProfileYearView(2024, 1, 0, 0, false, false),
            new BriefView.ProfileYearView(2025, 3, 2, 1, true, true));
  }

  @Test
  void aListCutShortWithoutHimWeighsBetweenHisPapersAndOthers() {
    Evidence his = evidence("his", "2020-01-01", true, "alpha");
    Evidence cut = cutShort(evidence("cut", "2020-01-01", false, "alpha"), false);
    Evidence other = evidence("other", "2020-01-01", false, "alpha");
    dev.podium.judge.EvidenceStrength strength =
        new dev.podium.judge.EvidenceStrength(
            new dev.podium.judge.Authorship(List.of("Pat Speaker"), List.of()),
            LocalDate.parse("2026-01-01"));
    assertThat(List.of(strength.of(his), strength.of(cut), strength.of(other)))
        .containsExactly(2.0, 1.5, 1.0);
  }

  @Test
  void theEvidenceProfileCountsTaggedRecordsByStanceAndYearWithTheSpeakersShare() {
    Dossier d =
        dossier(
            persona(null),
            motion(Side.AGAINST, Side.FOR, Side.NEUTRAL),
            List.of(
                evidence("a1", "2023-03-01", true, "alpha"),
                evidence("a2", "2025-06-01", false, "alpha", "gamma"),
                evidence("a3", "2025-07-01", true, "alpha"),
                evidence("c1", "2024-05-01", false, "gamma"),
                evidence("untagged", "2021-01-01", true)),
            List.of(theme("alpha", argument("a", "a1"))));
    BriefRequest request =
        new BriefRequest("moderator", CitationStyle.named("ieee"), null, null, "profile.svg");
    BriefView.ProfileView profile = assembler.assemble(d, request).profile();

    assertThat(profile.file()).isEqualTo("profile.svg");
    assertThat(profile.recordCount()).isEqualTo(4);
    assertThat(profile.authoredCount()).isEqualTo(2);
    assertThat(profile.sharedCount()).isEqualTo(1);
    // Years run over every record on file, the untagged one too.
    assertThat(profile.firstYear()).isEqualTo(2021);
    assertThat(profile.lastYear()).isEqualTo(2025);
    assertThat(profile.stances())
        .containsExactly(
            new BriefView.ProfileRowView(
                "Alpha",
                3,
                2,
                0,
                List.of(
                    new BriefView.ProfileYearView(2023, 1, 1, 0, true, false),
                    new BriefView.ProfileYearView(2025, 2, 1, 0, true, true)),
                false),
            new BriefView.ProfileRowView(
                "Gamma",
                2,
                0,
                0,
                List.of(
                    new BriefView.ProfileYearView(2024, 1, 0, 0, false, false),
                    new BriefView.ProfileYearView(2025, 1, 0, 0, false, true)),
                true));
  }

  @Test
  void theHandoutAndABriefWithoutChartsHaveNoEvidenceProfile() {
    Dossier d =
        dossier(
            persona(null),
            motion(Side.AGAINST, Side.FOR, Side.NEUTRAL),
            List.of(evidence("a1", "2025-06-01", true, "alpha")),
            List.of(theme("alpha", argument("a", "a1"))));
    CitationStyle ieee = CitationStyle.named("ieee");
    assertThat(
            assembler.assemble(d, new BriefRequest("handout", ieee, null, null, "p.svg")).profile())
        .isNull();
    assertThat(
            assembler.assemble(d, new BriefRequest("moderator", ieee, null, null, null)).profile())
        .isNull();
    assertThat(
            assembler
                .assemble(d, new BriefRequest("opponent", ieee, null, null, "p.svg"))
                .profile())
        .isNotNull();
  }

  @Test
  void latexFromAnArxivAbstractIsShownPlainWhileTheSeedKeepsIt() {
    String sentence = "We propose $\\textbf{Neuron to Graph (N2G)}$, a tool that suggests a limit.";
    String hedge = "These results are a proof-of-concept on $10^3$ neurons only.";
    Evidence plain = evidence("n1", "2019-01-01", true, "alpha");
    Evidence latex =
        new Evidence(
            "n1",
            "Scaling \\emph{N2G} to $10^6$ neurons",
            plain.authors(),
            false,
            plain.date(),
            "LG",
            null,
            List.of(),
            "Abstract of n1. " + sentence + " " + hedge,
            plain.stances(),
            List.of(),
            sentence,
            List.of(sentence),
            false,
            false,
            null,
            List.of(),
            null,
            null);
    Dossier d =
        dossier(
            persona(null), motion(Side.FOR, Side.AGAINST, Side.AGAINST), List.of(latex), List.of());
    BriefView view = assembler.assemble(d, BriefRequest.of("opponent"));
    String shown = "We propose Neuron to Graph (N2G), a tool that suggests a limit.";
    ArgumentView argument = view.themes().get(0).arguments().get(0);
    assertThat(argument.claim()).isEqualTo(shown);
    assertThat(argument.quote().text()).isEqualTo(shown);
    assertThat(view.references().get(0).title()).isEqualTo("Scaling N2G to 10^6 neurons");
    assertThat(view.references().get(0).finding()).isEqualTo(shown);
    assertThat(view.references().get(0).text())
        .contains("Scaling N2G to 10^6 neurons")
        .doesNotContain("\\");
    assertThat(view.weakSpots().get(0).title()).isEqualTo("Scaling N2G to 10^6 neurons");
    // The card's own warrant is never also printed as a weak spot; the other hedge is, made plain.
    assertThat(view.weakSpots().get(0).hedges())
        .containsExactly("These results are a proof-of-concept on 10^3 neurons only.");
    assertThat(d.evidence("n1").abstract_()).contains("$\\textbf{Neuron to Graph (N2G)}$");
  }
}
