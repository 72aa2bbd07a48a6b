package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind reads right to the person it is for. */
class KindsTest {
  @TempDir Path out;
  private Path dir;

  @BeforeEach
  void writeAll() {
    MainTest.Run run = MainTest.podium("brief", "--kind", "all", "--format", "md", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    // Three briefs and the evidence profile chart the moderator and opponent briefs share.
    assertThat(run.out().lines()).hasSize(4);
    dir = out.resolve("fazl-barez/ai-autonomy-over-life");
  }

  @Test
  void theHandoutHasThreeArgumentsEachWithOneSourceAndNoStrategy() throws Exception {
    String handout = Files.readString(dir.resolve("handout.md"));
    List<String> arguments =
        handout.lines().filter(l -> l.matches("\\d\\. \\*\\*.+\\*\\* .+ \\[\\d]")).toList();
    assertThat(arguments).hasSize(3);
    // Two arguments may rest on the same record; the sources list each record once.
    long sources = arguments.stream().map(l -> l.substring(l.lastIndexOf('['))).distinct().count();
    assertThat(handout.lines().filter(l -> l.matches("\\[\\d] .+"))).hasSize((int) sources);
    assertThat(handout)
        .contains("1. **Limits of unlearning and safety training.**")
        .doesNotContain("Objection")
        .doesNotContain("Likely response")
        .doesNotContain("Weak spots")
        .doesNotContain("Press on")
        .doesNotContain("Questions");
  }

  @Test
  void theOpponentBriefOrdersLinesAndShowsWeakSpotsAndReplies() throws Exception {
    String opponent = Files.readString(dir.resolve("opponent.md"));
    assertThat(opponent)
        .contains("## His likely lines, in order")
        .contains("## His strongest evidence")
        .contains("25 of the 25 cited records are listed as arXiv preprints")
        .contains("- Its abstract hedges: “To study this question, we construct proof-of-concept examples of deceptive behavior in large language models (LLMs).”")
        // Sentences that state the failure he relies on, emphatically, are not weak spots of his.
        .doesNotContain("- Its abstract hedges: “Retraining an LLM not to game early-curriculum environments")
        .doesNotContain("- Its abstract hedges: “Strikingly, a small but non-negligible proportion")
        .contains("- **Press on:** Reward tampering happened only rarely, so the risk is small.")
        .doesNotContain("## Questions to ask");
    // Written themes first, by the strength of the records that bear his way; the drafted one last.
    assertThat(opponent.indexOf("### 1. Limits of unlearning"))
        .isLessThan(opponent.indexOf("### 2. Deception"))
        .isLessThan(opponent.indexOf("### 3. Governance"))
        .isLessThan(opponent.indexOf("### 4. Unreliable and easily subverted behaviour"));
  }

  @Test
  void aChosenSideIsShownAsChosen() throws Exception {
    MainTest.Run run = MainTest.podium("brief", "--side", "for", "--out", out.resolve("for").toString());
    assertThat(run.code()).isZero();
    assertThat(Files.readString(out.resolve("for/fazl-barez/ai-autonomy-over-life/moderator.md")))
        .contains("**Side prepared for: for the motion**, as asked; the prediction below points against.");
    assertThat(MainTest.podium("brief", "--side", "sideways").code()).isEqualTo(2);
    assertThat(MainTest.podium("brief", "--style", "mla").err())
        .isEqualTo("podium: unknown citation style 'mla'; offered: ieee, apa, chicago-author-date\n");
  }

  @Test
  void authorDateStylesCiteByNameAndListReferencesAlphabetically() throws Exception {
    MainTest.Run run = MainTest.podium("brief", "--style", "apa", "--out", out.resolve("apa").toString());
    assertThat(run.code()).isZero();
    String brief = Files.readString(out.resolve("apa/fazl-barez/ai-autonomy-over-life/moderator.md"));
    assertThat(brief).contains("(Lo et al., 2024)").doesNotContain("[1]");
    String references = brief.substring(brief.indexOf("## References"));
    assertThat(references.indexOf("Barez, F., Fu, T.")).isLessThan(references.indexOf("Lo, M., Cohen, S. B."));
  }

  @Test
  void aMotionFileOutsideTheSeedsReranksThemesAndIgnoresAStatedPositionOnAnotherMotion()
      throws Exception {
    Path motion = out.resolve("ai-triage.yaml");
    Files.writeString(
        motion,
        """
        id: ai-triage
        short: AI triage
        text: Hospitals should let AI systems triage emergency patients without human review.
        bearings:
          - {stance: deception, side: against, reason: Hidden behaviour cannot be ruled out by testing.}
          - {stance: governance, side: neutral, reason: Governance cuts both ways here.}
        """);
    MainTest.Run run =
        MainTest.podium("brief", "--motion", motion.toString(), "--out", out.resolve("m").toString());
    assertThat(run.code()).as(run.err()).isZero();
    String brief = Files.readString(out.resolve("m/fazl-barez/ai-triage/moderator.md"));
    assertThat(brief)
        .contains("**Motion:** Hospitals should let AI systems triage emergency patients without human review.")
        .containsPattern("latest: 2026\\): bearing for the motion: 0; against: \\d+\\. A record that asserts this "
            + "stance bears against the motion\\. Hidden behaviour cannot be ruled out by testing\\.")
        .contains("latest: 2025): bearing for the motion: 0; against: 2. A record that asserts this stance has no bearing on the motion.")
        .doesNotContain("What the profile says");
    // Deception now outranks the other stances, which bear on nothing and count half.
    assertThat(brief.indexOf("### 1. Deception and hidden behaviour")).isPositive();

    Files.writeString(out.resolve("wrong-name.yaml"), Files.readString(motion));
    MainTest.Run mismatch =
        MainTest.podium("brief", "--motion", out.resolve("wrong-name.yaml").toString(), "--out", out.toString());
    assertThat(mismatch.code()).isEqualTo(1);
    assertThat(mismatch.err()).contains("wrong-name.yaml:1:5: motion id 'ai-triage' does not match its file name 'wrong-name.yaml'");
  }

  @Test
  void theHandoutFitsOnOnePageInA4AndInLetter() throws Exception {
    for (String paper : new String[] {"a4", "letter"}) {
      Path folder = out.resolve(paper);
      MainTest.Run run =
          MainTest.podium("brief", "--kind", "handout", "--format", "pdf", "--paper", paper, "--out", folder.toString());
      assertThat(run.code()).as(run.err()).isZero();
      byte[] pdf = Files.readAllBytes(folder.resolve("fazl-barez/ai-autonomy-over-life/handout.pdf"));
      assertThat(new dev.podium.PdfFile(pdf).pageCount()).as(paper).isEqualTo(1);
    }
  }

  @Test
  void allBriefsEveryPersonaOnEveryMotionInEveryKindInOrder() throws Exception {
    Path folder = out.resolve("batch");
    MainTest.Run run = MainTest.podium("brief", "--all", "--format", "md", "--out", folder.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            MainTest.wrote(folder.resolve("fazl-barez/ai-autonomy-over-life/moderator.md"))
                + MainTest.wrote(folder.resolve("fazl-barez/ai-autonomy-over-life/evidence-profile.svg"))
                + MainTest.wrote(folder.resolve("fazl-barez/ai-autonomy-over-life/opponent.md"))
                + MainTest.wrote(folder.resolve("fazl-barez/ai-autonomy-over-life/handout.md"))
                + MainTest.wrote(folder.resolve("philip-torr/ai-autonomy-over-life/moderator.md"))
                + MainTest.wrote(folder.resolve("philip-torr/ai-autonomy-over-life/evidence-profile.svg"))
                + MainTest.wrote(folder.resolve("philip-torr/ai-autonomy-over-life/opponent.md"))
                + MainTest.wrote(folder.resolve("philip-torr/ai-autonomy-over-life/handout.md"))
                + "podium: 2 of 2 persona-motion briefs written\n");
    assertThat(Files.readString(folder.resolve("fazl-barez/ai-autonomy-over-life/moderator.md")))
        .isEqualTo(Files.readString(Path.of("briefs/fazl-barez/ai-autonomy-over-life/moderator.md")));
    assertThat(MainTest.podium("brief", "--all", "fazl-barez").code()).isEqualTo(2);
  }
}
