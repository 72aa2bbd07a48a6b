package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.judge.Authorship.Judgement;
import dev.podium.judge.Authorship.Reason;
import dev.podium.judge.Authorship.Status;
import dev.podium.model.Evidence;
import dev.podium.model.Persona.Publication;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorshipTest {
  private static final Authorship ARKIN =
      new Authorship(List.of("Ronald C. Arkin", "Ronald Arkin", "R. C. Arkin"), List.of());

  private static Evidence record(boolean etAl, boolean key, String... authors) {
    return record("x", "Title", etAl, key, null, authors);
  }

  private static Evidence record(
      String id, String title, boolean etAl, boolean key, Boolean byHand, String... authors) {
    return new Evidence(
        id,
        title,
        List.of(authors),
        etAl,
        LocalDate.parse("2024-01-01"),
        null,
        null,
        List.of(),
        "Abstract.",
        List.of(),
        List.of(),
        "Finding.",
        List.of(),
        key,
        false,
        null,
        List.of(),
        null,
        null,
        byHand);
  }

  private static void assertJudgement(
      Authorship authorship, Evidence record, Reason reason, String matched) {
    assertThat(authorship.judge(record)).isEqualTo(new Judgement(reason, matched));
  }

  @Test
  void theThreeCasesAndWhatEachRestsOn() {
    // Shown among the authors: his, with the name as the record writes it, cut list or not.
    assertJudgement(
        ARKIN,
        record(false, false, "A. Wagner", "Ronald C. Arkin"),
        Reason.AMONG_AUTHORS_SHOWN,
        "Ronald C. Arkin");
    assertJudgement(
        ARKIN,
        record(true, false, "Ronald Arkin", "B. Cole", "C. Diaz"),
        Reason.AMONG_AUTHORS_SHOWN,
        "Ronald Arkin");
    // A list cut short without him cannot say.
    assertJudgement(ARKIN, record(true, false, "B. Cole", "C. Diaz"), Reason.LIST_CUT_SHORT, null);
    // The whole list, without him: not his.
    assertJudgement(
        ARKIN, record(false, false, "B. Cole", "C. Diaz"), Reason.ABSENT_FROM_FULL_LIST, null);
  }

  @Test
  void aPaperTheProfileOnlyNamesIsNotHisOnThatAccount() {
    // The seed profile's "Key Technical Papers" and "resources (likely co-authored or aligned)":
    // named, with a listing that shows "Evan Hubinger, Carson Denison, Jesse Mu et al.".
    Authorship barez = new Authorship(List.of("Fazl Barez"), List.of());
    Evidence sleeperAgents =
        record(
            "sleeper-agents",
            "Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training",
            true,
            true,
            null,
            "Evan Hubinger",
            "Carson Denison",
            "Jesse Mu");
    assertJudgement(barez, sleeperAgents, Reason.LIST_CUT_SHORT, null);
    assertThat(barez.status(sleeperAgents)).isEqualTo(Status.NOT_SHOWN);
    // Named, with the whole author list shown and no Barez on it: not his.
    assertJudgement(
        barez, record(false, true, "B. Cole", "C. Diaz"), Reason.ABSENT_FROM_FULL_LIST, null);
  }

  @Test
  void aPaperTheProfileListsAsHisOwnPublicationIsHis() {
    // "Selected publications": his own list, matched by the record it is tied to or by title.
    Authorship barez =
        new Authorship(
            List.of("Fazl Barez"),
            List.of(
                new Publication(
                    "Risks and Opportunities of Open-Source Generative AI", 2024, null, null),
                new Publication(
                    "Open Problems in Machine Unlearning for AI Safety",
                    2025,
                    null,
                    "open-problems")));
    assertJudgement(
        barez,
        record(
            "risks",
            "Risks and opportunities of open-source generative AI",
            true,
            true,
            null,
            "Francisco Eiras",
            "Aleksandar Petrov",
            "Bertie Vidgen"),
        Reason.PROFILE_PUBLICATION,
        null);
    assertJudgement(
        barez,
        record("open-problems", "Another title", true, false, null, "A. Cole"),
        Reason.PROFILE_PUBLICATION,
        null);
    // His name shown comes first, and says which author he is.
    assertJudgement(
        barez,
        record(
            "risks",
            "Risks and Opportunities of Open-Source Generative AI",
            true,
            true,
            null,
            "F. Barez"),
        Reason.AMONG_AUTHORS_SHOWN,
        "F. Barez");
    // A paper the profile does not list as his is judged on its authors alone.
    assertJudgement(
        barez,
        record("x", "Risks of Open-Source AI", true, true, null, "A. Cole"),
        Reason.LIST_CUT_SHORT,
        null);
  }

  @Test
  void speakerAuthoredSetByHandWins() {
    Authorship barez =
        new Authorship(List.of("Fazl Barez"), List.of(new Publication("Title", 2024, null, null)));
    assertJudgement(
        barez, record("x", "Other", true, true, true, "A. Cole"), Reason.SET_BY_HAND_AUTHOR, null);
    assertJudgement(
        barez,
        record("x", "Other", false, false, true, "A. Cole"),
        Reason.SET_BY_HAND_AUTHOR,
        null);
    // Against the authors shown and the profile alike: a person's word is the last word.
    assertJudgement(
        barez,
        record("x", "Title", false, true, false, "Fazl Barez"),
        Reason.SET_BY_HAND_NOT_AUTHOR,
        null);
    assertThat(barez.status(record("x", "Title", false, true, false, "Fazl Barez")))
        .isEqualTo(Status.NOT_AUTHOR);
  }

  @Test
  void eachReasonLeadsToItsStatus() {
    assertThat(ARKIN.status(record(false, false, "R. Arkin"))).isEqualTo(Status.AUTHOR);
    assertThat(ARKIN.status(record(true, true, "B. Cole"))).isEqualTo(Status.NOT_SHOWN);
    assertThat(ARKIN.status(record(true, false, "B. Cole"))).isEqualTo(Status.NOT_SHOWN);
    assertThat(ARKIN.status(record(false, false, "B. Cole"))).isEqualTo(Status.NOT_AUTHOR);
    assertThat(ARKIN.status(record(false, true, "B. Cole"))).isEqualTo(Status.NOT_AUTHOR);
  }

  /** One row per written form: whether the speaker known by {@code names} wrote it. */
  private static void assertMatch(List<String> names, String written, boolean matches) {
    Authorship authorship = new Authorship(names, List.of());
    assertThat(authorship.status(record(false, false, written)))
        .as("%s written as '%s'", names, written)
        .isEqualTo(matches ? Status.AUTHOR : Status.NOT_AUTHOR);
  }

  @Test
  void nameFormsThatAgreeOnSurnameAndInitialsMatchAndNoOthers() {
    List<String> arkin = List.of("Ronald C. Arkin");
    assertMatch(arkin, "Ronald C. Arkin", true);
    assertMatch(arkin, "R. Arkin", true);
    assertMatch(arkin, "R. C. Arkin", true);
    assertMatch(arkin, "R.C. Arkin", true);
    assertMatch(arkin, "Ronald Arkin", true);
    assertMatch(arkin, "Ronald Craig Arkin", true);
    assertMatch(arkin, "ronald c arkin", true);
    assertMatch(arkin, "Rachel Arkin", false);
    assertMatch(arkin, "Ronald D. Arkin", false);
    assertMatch(arkin, "Q. Arkin", false);
    assertMatch(arkin, "Ronald C. Arkins", false);
    assertMatch(arkin, "Arkin", false);
    assertMatch(arkin, "Arkin Ronald", false);
    // An initial on the speaker's side agrees with a full name on the record's.
    assertMatch(List.of("P. H. S. Torr"), "Philip Torr", true);
    assertMatch(List.of("P. H. S. Torr"), "Philip H. Torr", true);
    assertMatch(List.of("P. H. S. Torr"), "Philip J. Torr", false);
    // A hyphenated given name reads as two, so its initials agree too.
    assertMatch(List.of("Jean-Paul Sartre"), "J.-P. Sartre", true);
    assertMatch(List.of("Jean-Paul Sartre"), "Jean-Pierre Sartre", false);
    // A speaker known by one word matches that word only.
    assertMatch(List.of("Madonna"), "Madonna", true);
    assertMatch(List.of("Madonna"), "M. Madonna", false);
  }

  @Test
  void namesForgiveAccentsCaseAndSpacing() {
    List<String> dusek = List.of("Ondřej Dušek");
    assertMatch(dusek, "ondrej dusek", true);
    assertMatch(dusek, "Ondrej  Dusek", true);
    assertMatch(dusek, "O. Dušek", true);
    assertMatch(dusek, "Ondrej Dusk", false);
  }
}
