package dev.podium.imports;

import static dev.podium.imports.Edits.paper;
import static dev.podium.imports.Edits.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.model.Evidence;
import dev.podium.model.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceMergerTest {
  private final Evidence a = paper("alpha", "Alpha Paper", "Alpha abstract. We find alpha.");
  private final Evidence b = paper("beta", "Beta Paper", "Beta abstract. We find beta.");

  @Test
  void aFieldStillAsImportedIsUpdatedAndAnEditedOneIsKept() {
    Evidence ours = with(with(a, "stances", List.of("governance")), "key", true);
    Evidence theirs = with(with(a, "score", 91.5), "stances", List.of("deception"));

    EvidenceMerger.Result result =
        EvidenceMerger.merge(List.of(ours), List.of(a), List.of(theirs), List.of());

    assertThat(result.evidence()).containsExactly(with(ours, "score", 91.5));
    assertThat(result.changes())
        .containsExactly(
            new RecordChange(
                RecordChange.Kind.UPDATED,
                "alpha",
                "Alpha Paper",
                List.of("score"),
                List.of("stances")));
  }

  @Test
  void aFindingWrittenByHandWhereTheImportHasNoneIsKeptAndAnImportedNoneFollowsTheSource() {
    Evidence noFinding = with(a, "finding", null);
    Evidence handWritten = with(noFinding, "finding", "Alpha holds, by hand.");

    EvidenceMerger.Result kept =
        EvidenceMerger.merge(
            List.of(handWritten),
            List.of(noFinding),
            List.of(with(noFinding, "score", 2.0)),
            List.of());
    EvidenceMerger.Result followed =
        EvidenceMerger.merge(List.of(a), List.of(a), List.of(noFinding), List.of());

    assertThat(kept.evidence()).containsExactly(with(handWritten, "score", 2.0));
    assertThat(followed.evidence()).containsExactly(noFinding);
  }

  @Test
  void idsNeverChangeAndRecordsArePairedByTitleOrAbstract() {
    Evidence renamed = with(a, "id", "my-alpha");
    Evidence retitled = with(b, "title", "Beta Paper (corrected)");
    Evidence theirsA = with(a, "id", "alpha-paper");
    Evidence theirsB = with(b, "date", java.time.LocalDate.of(2025, 2, 2));

    EvidenceMerger.Result result =
        EvidenceMerger.merge(
            List.of(renamed, retitled), List.of(a, b), List.of(theirsA, theirsB), List.of());

    assertThat(result.evidence()).extracting(Evidence::id).containsExactly("my-alpha", "beta");
    assertThat(result.evidence().get(1).title()).isEqualTo("Beta Paper (corrected)");
    assertThat(result.evidence().get(1).date()).isEqualTo(java.time.LocalDate.of(2025, 2, 2));
  }

  @Test
  void aPaperWhoseTitleAndAbstractChangedAtTheSourceIsFoundByItsDoiOrArxivId() {
    Evidence withDoi = with(a, "doi", "10.1234/Alpha");
    Evidence withArxiv = with(b, "arxiv_id", "2401.05566");
    Evidence theirsA =
        with(
            with(with(withDoi, "title", "Alpha, Revised"), "abstract", "New."),
            "doi",
            "10.1234/alpha");
    Evidence theirsB =
        with(
            with(with(withArxiv, "title", "Beta v2"), "abstract", "Newer."),
            "arxiv_id",
            "2401.05566v2");

    EvidenceMerger.Result result =
        EvidenceMerger.merge(
            List.of(withDoi, withArxiv),
            List.of(withDoi, withArxiv),
            List.of(theirsA, theirsB),
            List.of());

    assertThat(result.evidence()).extracting(Evidence::id).containsExactly("alpha", "beta");
    assertThat(result.evidence())
        .extracting(Evidence::title)
        .containsExactly("Alpha, Revised", "Beta v2");
    assertThat(result.changes())
        .extracting(RecordChange::kind)
        .containsExactly(RecordChange.Kind.UPDATED, RecordChange.Kind.UPDATED);
  }

  @Test
  void aRecordWhoseTitleAndAbstractWereBothEditedIsFoundThroughTheBase() {
    Evidence ours = with(with(a, "title", "Mine"), "abstract", "Mine too.");
    EvidenceMerger.Result result =
        EvidenceMerger.merge(List.of(ours), List.of(a), List.of(with(a, "score", 1.0)), List.of());
    assertThat(result.evidence()).containsExactly(with(ours, "score", 1.0));
  }

  @Test
  void newPapersAreAddedWithUniqueIdsAndVanishedOnesAreKept() {
    Evidence newcomer =
        paper("alpha-paper", "Alpha Paper", "A different paper with the same title.");
    EvidenceMerger.Result result =
        EvidenceMerger.merge(
            List.of(with(a, "id", "alpha-paper"), b),
            List.of(a, b),
            List.of(a, newcomer),
            List.of());

    assertThat(result.evidence())
        .extracting(Evidence::id)
        .containsExactly("alpha-paper", "beta", "alpha-paper-2");
    assertThat(result.changes())
        .extracting(RecordChange::kind)
        .containsExactly(
            RecordChange.Kind.UNCHANGED, RecordChange.Kind.NOT_IN_SOURCE, RecordChange.Kind.ADDED);
  }

  @Test
  void withoutABaseAMatchedRecordIsKeptAsWritten() {
    Evidence ours = with(a, "finding", "Hand-written.");
    EvidenceMerger.Result result =
        EvidenceMerger.merge(List.of(ours), null, List.of(with(a, "score", 3.0)), List.of());
    assertThat(result.evidence()).containsExactly(ours);
    assertThat(result.changes().get(0).kind()).isEqualTo(RecordChange.Kind.KEPT);
  }

  @Test
  void anAbstractIsNotUpdatedWhenAQuoteTakenFromItWouldBreak() {
    Evidence ours = with(a, "quotes", List.of("We find alpha."));
    Evidence theirs =
        with(with(a, "abstract", "Alpha abstract, revised. We found alpha."), "score", 2.0);

    Evidence merged =
        EvidenceMerger.merge(List.of(ours), List.of(a), List.of(theirs), List.of())
            .evidence()
            .get(0);

    assertThat(merged.abstract_()).isEqualTo(a.abstract_());
    assertThat(merged.quotes()).containsExactly("We find alpha.");
    assertThat(merged.score()).isEqualTo(2.0);
  }

  @Test
  void anAbstractIsNotUpdatedWhenAThemeQuotesIt() {
    Theme theme =
        new Theme(
            "deception",
            "H",
            null,
            List.of(new Theme.Argument("C", List.of("alpha"), "We find alpha.")),
            List.of(),
            List.of());
    Evidence theirs = with(a, "abstract", "Alpha abstract. We found alpha.");

    Evidence kept =
        EvidenceMerger.merge(List.of(a), List.of(a), List.of(theirs), List.of(theme))
            .evidence()
            .get(0);
    Evidence updated =
        EvidenceMerger.merge(List.of(a), List.of(a), List.of(theirs), List.of()).evidence().get(0);

    assertThat(kept.abstract_()).isEqualTo(a.abstract_());
    assertThat(updated.abstract_()).isEqualTo(theirs.abstract_());
  }
}
