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
    MainTest.Run run =
        MainTest.podium("brief", "--kind", "all", "--format", "md", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    // Three briefs and the evidence profile chart the moderator and opponent briefs share.
    assertThat(run.out().lines()).hasSize(4);
    dir = out.resolve("fazl-barez/ai-autonomy-over-life");
  }

  /**
   * The text of a section: from after its heading to the next heading of the same level or higher.
   */
  private static String section(String brief, String heading) {
    int at = brief.indexOf("\n" + heading + "\n");
    assertThat(at).as("%s is in the brief", heading).isNotNegative();
    int from = at + heading.length() + 2;
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    java.util.regex.Matcher next =
        java.util.regex.Pattern.compile("(?m)^#{1," + (level.length() - 1) + "} ").matcher(brief);
    int to = next.find(from) ? next.start() : brief.length();
    return brief.substring(from, to).strip();
  }

  @Test
  void theHandoutHasFourPointsEachWithOneSourceLineAndNoStrategy() throws Exception {
    String handout = Files.readString(dir.resolve("handout.md"));
    assertThat(handout)
        .startsWith("# Dr Fazl Barez\n\nSenior Research Fellow, University of Oxford\n")
        .contains(
            "**Where he stands:** He is likely to argue against the motion. His own research on ");
    List<String> lines = section(handout, "## What he is likely to argue").lines().toList();
    // Each point: its headline and what he will argue in plain words, then one line naming its
    // source.
    assertThat(lines).hasSize(2 * 4);
    List<String> sources = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      assertThat(lines.get(2 * i)).matches((i + 1) + "\\. \\*\\*[^*]+\\.\\*\\* .+  ");
      assertThat(lines.get(2 * i + 1))
          .matches(
              "\\*Source:\\* [^(]+ \\(\\d{4}\\), “[^”]+”(, \\[[^\\]]+]\\(https://[^)]+\\))?\\.");
      sources.add(lines.get(2 * i + 1));
    }
    // Two points never rest on the same record.
    assertThat(sources).doesNotHaveDuplicates();
    assertThat(lines.get(0))
        .startsWith(
            "1. **Dangerous behaviour and knowledge are hard to remove once learned.** He will"
                + " likely argue that");
    // The source is named in words, not by number: there is no reference list to look it up in.
    assertThat(handout)
        .doesNotContainPattern("\\[\\d+]")
        .doesNotContain("## Sources")
        .doesNotContain("Objection")
        .doesNotContain("Likely response")
        .doesNotContain("Weak spots")
        .doesNotContain("Press on")
        .doesNotContain("Answers to prepare")
        .doesNotContain("Questions");
  }

  @Test
  void theOpponentBriefSumsUpRanksLinesByDamageAndShowsAnswersWeakSpotsAndReplies()
      throws Exception {
    String opponent = Files.readString(dir.resolve("opponent.md"));
    assertThat(opponent)
        .doesNotContain("## His strongest evidence")
        .doesNotContain("arXiv preprints")
        .doesNotContain("## Questions to ask");
    String lines = section(opponent, "## His lines, ranked by the damage they can do");
    List<String> headings = lines.lines().filter(l -> l.startsWith("### ")).toList();
    assertThat(headings).hasSize(4);
    assertThat(headings.get(0))
        .isEqualTo("### 1. Unreliable and easily subverted behaviour (drafted)");
    assertThat(headings.get(1)).startsWith("### 2. Limits of unlearning and safety training: ");
    assertThat(headings.get(2)).startsWith("### 3. Deception and hidden behaviour: ");
    assertThat(headings.get(3)).startsWith("### 4. Governance, policy and standards: ");

    // The summary names the three lines that do most damage, in the order the brief ranks them,
    // and the weakest, with the records that answer it as its line says.
    List<String> names =
        headings.stream()
            .map(h -> h.replaceFirst("^### \\d\\. ", "").replace(" (drafted)", ""))
            .map(h -> h.contains(": ") ? h.substring(h.indexOf(": ") + 2) : h)
            .toList();
    assertThat(section(opponent, "## Summary"))
        .isEqualTo(
            "- **His side:** against the motion, as his profile models him; his evidence points the"
                + " same way.\n"
                + "- **His strongest lines:** (1) "
                + names.get(0)
                + "; (2) "
                + names.get(1)
                + "; (3) "
                + names.get(2)
                + ".\n"
                + "- **Where he is weakest:** line 4, Governance, policy and standards: 1 record on"
                + " file answers it.");

    // Every line says why it ranks where it does, and cuts its cards as #### n. tag.
    String[] perLine = lines.split("\n### ");
    assertThat(perLine).hasSize(1 + 4);
    for (int i = 1; i <= 4; i++) {
      assertThat(perLine[i])
          .as("line %d", i)
          .containsPattern(
              "\n\\*Why it ranks here:\\* \\d+ records? behind it bears? his way, .+; "
                  + "(nothing on file answers it|\\d+ records? on file answers? it)\\.\n")
          .contains("\n#### 1. ");
    }
    assertThat(perLine[4])
        .contains(
            "*Why it ranks here:* 2 records behind it bear his way, 2 of them his own, the newest"
                + " from 2025; 1 record on file answers it.")
        .contains("**Answers to prepare**\n\n*His own work against it:*\n\n- [")
        .contains(
            "**Risks and Opportunities of Open-Source Generative AI** (2024-05-14), with him among"
                + " the authors, reports the opposite of “Governance, policy and standards”: “We"
                + " argue that, overall, the benefits");
    assertThat(perLine[2])
        .contains("**Answers to prepare**\n\n*Evidence the other way:*\n\n- [")
        .contains(
            "**Precise In-Parameter Concept Erasure in Large Language Models** (2025-05-28) reports"
                + " the opposite of “Limits of unlearning and safety training”: “Experiments on"
                + " Gemma 2")
        .contains("\n*Hedges in its own evidence:*\n\n- “");

    // Weak spots: records behind his lines that qualify their result, each quoted under the line
    // it names, with the same citation; and the lines that rest mostly on others' work.
    String weakSpots = section(opponent, "## Weak spots");
    assertThat(weakSpots).startsWith("Records behind his lines that are open to challenge:\n\n- [");
    java.util.regex.Matcher spot =
        java.util.regex.Pattern.compile(
                "(?m)^- (\\[\\d+]) \\*.+\\* \\(\\d{4}-\\d\\d-\\d\\d\\).*: its abstract qualifies"
                    + " its result \\(quoted under line (\\d)\\)\\.$")
            .matcher(weakSpots);
    int spots = 0;
    while (spot.find()) {
      spots++;
      String line = perLine[Integer.parseInt(spot.group(2))];
      assertThat(line)
          .as("line %s quotes %s", spot.group(2), spot.group(1))
          .containsPattern("(?m)^- “.+” \\Q" + spot.group(1) + "\\E$");
    }
    assertThat(spots).isPositive();
    assertThat(weakSpots)
        .contains(
            "- Line 1, Unreliable and easily subverted behaviour, rests mostly on others’ work: ");

    // A reply to expect: the point to press on, and on its own line below it, what he will say.
    assertThat(perLine[3])
        .contains("**Replies to expect**\n\n")
        .contains(
            "- **Press on:** Reward tampering happened only rarely, so the risk is small.\n"
                + "  - **Expect in reply:** Rare is not zero");
  }

  @Test
  void theModeratorBriefOpensWithAnIntroductionAndTheMotionsReachAndCutsCardsAsDebatersDo()
      throws Exception {
    String moderator = Files.readString(dir.resolve("moderator.md"));
    assertThat(moderator).doesNotContain("## At a glance");
    assertThat(section(moderator, "## Introduction to read aloud"))
        .startsWith(
            "> Our next speaker is Dr Fazl Barez, Senior Research Fellow, University of Oxford. His"
                + " research covers ")
        .contains(" He joins this panel because his own published work on ")
        .endsWith(" bears directly on the motion. He is expected to speak against the motion.");

    // The motion's scope in words, then the fields it reaches into and his records that touch each.
    String motion = section(moderator, "## The motion and what it covers");
    assertThat(motion)
        .startsWith(
            "The motion asks whether an AI system may be given the power to take, on its own and"
                + " without a person approving each decision,")
        .contains("\n\n| Field | What is at stake | His records that touch it |\n|---|---|---|\n");
    List<String> rows =
        motion.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Field ")).toList();
    assertThat(rows)
        .extracting(r -> r.substring(2, r.indexOf(" | ")))
        .containsExactly(
            "Medicine and health",
            "Weapons and the use of force",
            "Vehicles and transport",
            "Law, justice and public decisions");
    // Each record named with its year and the word that shows the field: at most two a field.
    assertThat(rows)
        .allMatch(
            r ->
                r.matches(
                    "\\| [^|]+ \\| [^|]+ \\| (none on file|[^|]+ \\(\\d{4}, “[^”]+”\\)(; [^|]+"
                        + " \\(\\d{4}, “[^”]+”\\))?) \\|"));
    assertThat(rows.get(2))
        .contains(
            "Embodied AI: Emerging Risks and Opportunities for Policy Action (2025, “vehicle”)");

    // A card: "#### n. tag", its cite line (in full the first time the brief cites the record,
    // short after), whose work it is, and the record's words with the warrant in bold.
    String arguments = section(moderator, "## Key arguments");
    List<String> cardLines = arguments.lines().filter(l -> !l.isBlank()).toList();
    java.util.Set<String> citedInFull = new java.util.HashSet<>();
    int cards = 0;
    for (int i = 0; i < cardLines.size(); i++) {
      if (!cardLines.get(i).startsWith("#### ")) {
        continue;
      }
      cards++;
      String tag = cardLines.get(i);
      String cite = cardLines.get(i + 1);
      String whose = cardLines.get(i + 2);
      assertThat(tag).matches("#### \\d\\. \\S.+");
      java.util.regex.Matcher full =
          java.util.regex.Pattern.compile(
                  "\\*\\*.+ \\(\\d{4}(; Fazl Barez: Senior Research Fellow, University of"
                      + " Oxford)?\\)\\.\\*\\* “.+”, \\d{1,2} [A-Z][a-z]+ \\d{4}\\..* (\\[\\d+])")
              .matcher(cite);
      java.util.regex.Matcher shortCite =
          java.util.regex.Pattern.compile("\\*\\*.+ \\(\\d{4}\\),\\*\\* cited above (\\[\\d+])")
              .matcher(cite);
      if (full.matches()) {
        assertThat(citedInFull.add(full.group(2)))
            .as("%s is cited in full once", full.group(2))
            .isTrue();
      } else {
        assertThat(shortCite.matches()).as("a cite line: %s", cite).isTrue();
        assertThat(citedInFull)
            .as("a short cite follows the full one: %s", cite)
            .contains(shortCite.group(1));
      }
      assertThat(whose)
          .isIn("*His own work*", "*Others’ work he can use*", "*Authorship not shown (et al.)*");
      if (i + 3 < cardLines.size() && cardLines.get(i + 3).startsWith("> ")) {
        assertThat(cardLines.get(i + 3)).matches("> “([^*]+ )?\\*\\*[^*]+\\*\\*( [^*]+)?”");
      }
    }
    // Three written themes of four arguments each, and the drafted theme's three key points.
    assertThat(cards).isEqualTo(15);
    assertThat(arguments)
        .contains(
            "#### 1. Concepts removed by neuron pruning can come back: during retraining, models"
                + " quickly regained performance by relocating the pruned concepts to other neurons"
                + " and layers.\n\n"
                + "**Michelle Lo, Shay B. Cohen and Fazl Barez (2024; Fazl Barez: Senior Research"
                + " Fellow, University of Oxford).** “Large Language Models Relearn Removed"
                + " Concepts”, 3 January 2024."
                + " [arxiv.org/abs/2401.01814](https://arxiv.org/abs/2401.01814) [1]\n\n"
                + "*His own work*\n\n"
                + "> “**Our findings reveal that models can quickly regain performance post-pruning"
                + " by relocating advanced concepts to earlier layers and reallocating pruned"
                + " concepts to primed neurons with similar semantics.**”");
  }

  @Test
  void aChosenSideIsShownAsChosen() throws Exception {
    MainTest.Run run =
        MainTest.podium("brief", "--side", "for", "--out", out.resolve("for").toString());
    assertThat(run.code()).isZero();
    assertThat(Files.readString(out.resolve("for/fazl-barez/ai-autonomy-over-life/moderator.md")))
        .contains(
            "**Side prepared for: for the motion**, as asked; the prediction below points"
                + " against.");
    assertThat(MainTest.podium("brief", "--side", "sideways").code()).isEqualTo(2);
    assertThat(MainTest.podium("brief", "--style", "mla").err())
        .isEqualTo(
            "podium: unknown citation style 'mla' (did you mean modern-language-association?);"
                + " 'podium list styles' lists the 45 Podium ships,"
                + " and --csl FILE takes any other\n");
  }

  @Test
  void authorDateStylesCiteByNameAndListReferencesAlphabetically() throws Exception {
    MainTest.Run run =
        MainTest.podium("brief", "--style", "apa", "--out", out.resolve("apa").toString());
    assertThat(run.code()).isZero();
    String brief =
        Files.readString(out.resolve("apa/fazl-barez/ai-autonomy-over-life/moderator.md"));
    assertThat(brief).contains("(Lo et al., 2024)").doesNotContain("[1]");
    String references = brief.substring(brief.indexOf("## References"));
    assertThat(references.indexOf("Barez, F., Fu, T."))
        .isLessThan(references.indexOf("Lo, M., Cohen, S. B."));
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
          - {stance: robustness-failures, side: against, reason: A triage system that can be jailbroken cannot be left alone with patients.}
        """);
    MainTest.Run run =
        MainTest.podium(
            "brief", "--motion", motion.toString(), "--out", out.resolve("m").toString());
    assertThat(run.code()).as(run.err()).isZero();
    String brief = Files.readString(out.resolve("m/fazl-barez/ai-triage/moderator.md"));
    assertThat(brief)
        .contains(
            "**Motion:** Hospitals should let AI systems triage emergency patients without human"
                + " review.")
        .contains(
            "**What the evidence says.** The prediction rests on how the records on file bear on"
                + " the motion, stance by stance:")
        .containsPattern(
            "\n"
                + "- On deception and hidden behaviour, \\d+ records bear against the motion, none"
                + " for it\\.\n")
        // Unlearning has no bearing on this motion; its records bear through the stances they
        // share.
        .contains(
            "\n"
                + "- On limits of unlearning and safety training, 2 records bear against the"
                + " motion, none for it.\n")
        .contains(
            "\n"
                + "- On governance, policy and standards, none of the records on it bears either"
                + " way.\n")
        // The motion's own reason for a stance is why a drafted line on it matters.
        .contains(
            "### 4. Unreliable and easily subverted behaviour (drafted)\n\n"
                + "*Why it matters for the motion:* A triage system that can be jailbroken cannot"
                + " be left alone with patients.\n")
        .doesNotContain("If models can be jailbroken, hallucinate with confidence")
        .doesNotContain("What the profile says");
    // Deception now outranks the other written lines, which bear on nothing and count half.
    assertThat(brief).contains("\n### 1. Deception and hidden behaviour: ");

    Files.writeString(out.resolve("wrong-name.yaml"), Files.readString(motion));
    MainTest.Run mismatch =
        MainTest.podium(
            "brief",
            "--motion",
            out.resolve("wrong-name.yaml").toString(),
            "--out",
            out.toString());
    assertThat(mismatch.code()).isEqualTo(1);
    assertThat(mismatch.err())
        .contains(
            "wrong-name.yaml:1:5: motion id 'ai-triage' does not match its file name"
                + " 'wrong-name.yaml'");
  }

  @Test
  void theHandoutFitsOnOnePageInA4AndInLetter() throws Exception {
    for (String paper : new String[] {"a4", "letter"}) {
      Path folder = out.resolve(paper);
      MainTest.Run run =
          MainTest.podium(
              "brief",
              "--kind",
              "handout",
              "--format",
              "pdf",
              "--paper",
              paper,
              "--out",
              folder.toString());
      assertThat(run.code()).as(run.err()).isZero();
      byte[] pdf =
          Files.readAllBytes(folder.resolve("fazl-barez/ai-autonomy-over-life/handout.pdf"));
      assertThat(new dev.podium.PdfFile(pdf).pageCount()).as(paper).isEqualTo(1);
    }
  }

  @Test
  void allBriefsEveryPersonaOnEveryMotionInEveryKindInOrder() throws Exception {
    Path folder = out.resolve("batch");
    MainTest.Run run =
        MainTest.podium("brief", "--all", "--format", "md", "--out", folder.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            MainTest.wrote(folder.resolve("fazl-barez/ai-autonomy-over-life/moderator.md"))
                + MainTest.wrote(
                    folder.resolve("fazl-barez/ai-autonomy-over-life/evidence-profile.svg"))
                + MainTest.wrote(folder.resolve("fazl-barez/ai-autonomy-over-life/opponent.md"))
                + MainTest.wrote(folder.resolve("fazl-barez/ai-autonomy-over-life/handout.md"))
                + MainTest.wrote(folder.resolve("philip-torr/ai-autonomy-over-life/moderator.md"))
                + MainTest.wrote(
                    folder.resolve("philip-torr/ai-autonomy-over-life/evidence-profile.svg"))
                + MainTest.wrote(folder.resolve("philip-torr/ai-autonomy-over-life/opponent.md"))
                + MainTest.wrote(folder.resolve("philip-torr/ai-autonomy-over-life/handout.md"))
                + "podium: 2 of 2 persona-motion briefs written\n");
    assertThat(Files.readString(folder.resolve("fazl-barez/ai-autonomy-over-life/moderator.md")))
        .isEqualTo(
            Files.readString(Path.of("briefs/fazl-barez/ai-autonomy-over-life/moderator.md")));
    assertThat(MainTest.podium("brief", "--all", "fazl-barez").code()).isEqualTo(2);
  }
}
