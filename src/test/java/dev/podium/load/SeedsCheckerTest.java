package dev.podium.load;

import static dev.podium.TestSeeds.edit;
import static dev.podium.TestSeeds.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedsCheckerTest {
  @TempDir Path temp;
  private Path seeds;
  private Path persona;

  @BeforeEach
  void copySeeds() {
    seeds = TestSeeds.copy(temp);
    persona = seeds.resolve("personas/fazl-barez");
  }

  /** The errors found; warnings are tested on their own. */
  private List<String> check() {
    return diagnostics().stream().filter(d -> !d.contains(": warning: ")).toList();
  }

  private List<String> diagnostics() {
    Diagnostics diagnostics = new Diagnostics();
    new DossierLoader(new SeedsDirectory(seeds, "seeds")).checkAll(diagnostics);
    return diagnostics.sorted().stream().map(Diagnostic::format).toList();
  }

  @Test
  void theBundledSeedsHaveNoErrors() {
    assertThat(check()).isEmpty();
  }

  @Test
  void warnsAboutCitedRecordsWithoutUrlAndTaggedRecordsNoThemeUses() {
    Path evidence = persona.resolve("evidence.yaml");
    Path themes = persona.resolve("themes.yaml");
    // PoisonBench is cited by the deception theme only in one argument and one counter.
    edit(
        themes,
        "      - claim: \"Poisoned preference data",
        "      - claim: \"Poisoned preference data");
    edit(themes, "evidence: [sleeper-agents, poisonbench]", "evidence: [sleeper-agents]");
    List<String> warnings = diagnostics().stream().filter(d -> d.contains(": warning: ")).toList();
    assertThat(warnings)
        .anyMatch(
            w ->
                w.startsWith(
                        "seeds/personas/fazl-barez/evidence.yaml:"
                            + lineOf(evidence, "- id: full-stack-alignment")
                            + ":9: warning: 17 cited records have no url, so readers cannot look"
                            + " them up: full-stack-alignment, ")
                    && w.contains(", ailuminate, ")
                    && w.endsWith(", hack; add a url to each where you know one"))
        .noneMatch(w -> w.contains("'sleeper-agents'") || w.contains(" sleeper-agents"));
    assertThat(check()).isEmpty();
  }

  private List<String> warnings() {
    return diagnostics().stream().filter(d -> d.contains(": warning: ")).toList();
  }

  private static final String NO_COUNTERS =
      "warning: no theme has counters, so briefs show no objections or likely responses; add"
          + " `counters` (objection, response, evidence) to a theme";

  @Test
  void tellsAtTheThemesFileWhatToAddWhenTaggedEvidenceHasNoThemes() {
    // Philip Torr has stance-tagged evidence and no themes file; Fazl Barez has both.
    assertThat(warnings())
        .contains(
            "seeds/personas/philip-torr/themes.yaml:1:1: warning: no themes, so briefs show no"
                + " objections, likely responses or questions to ask; add themes with `counters`"
                + " and `questions`, or draft them with podium draft philip-torr")
        .noneMatch(w -> w.contains("no theme has"))
        .noneMatch(w -> w.startsWith("seeds/personas/fazl-barez/") && w.contains("no themes"));
  }

  @Test
  void aTaggedRecordIsWarnedAboutOnlyWhereTheThemeOfItsStanceLeavesItOut() {
    // No theme of Fazl Barez argues control-works: its records are shown as cutting the other way.
    assertThat(warnings())
        .noneMatch(w -> w.contains("'system-iii'") || w.contains("'beyond-linear-probes'"));
    Path evidence = persona.resolve("evidence.yaml");
    edit(
        evidence,
        "    stances: [control-works]\n    matched_terms: [\"control-works: safety constraint",
        "    stances: [deception]\n    matched_terms: [\"control-works: safety constraint");
    assertThat(warnings())
        .contains(
            "seeds/personas/fazl-barez/evidence.yaml:"
                + lineOf(evidence, "- id: system-iii")
                + ":9: warning: evidence 'system-iii' carries a stance but no theme cites it");
  }

  @Test
  void aThemesFileWithQuestionsButNoCountersGetsOneWarning() throws Exception {
    Path themes = persona.getParent().resolve("philip-torr/themes.yaml");
    java.nio.file.Files.writeString(
        themes,
        """
        # Questions only.
        themes:
          - stance: deception
            headline: "Poisoned data"
            arguments:
              - claim: "Poisoned preference data can hide harmful outputs."
                evidence: [poisonbench]
            questions:
              - "Would you trust a model trained on data you cannot audit?"
        """);
    List<String> warnings =
        warnings().stream().filter(w -> w.startsWith("seeds/personas/philip-torr/")).toList();
    assertThat(warnings)
        .contains("seeds/personas/philip-torr/themes.yaml:3:3: " + NO_COUNTERS)
        .noneMatch(w -> w.contains("no theme has questions"));
  }

  @Test
  void aPersonaWithoutStanceTaggedEvidenceIsNotToldToAddCounters() {
    Path evidence = persona.getParent().resolve("philip-torr/evidence.yaml");
    edit(evidence, "stances: [deception]", "stances: []");
    assertThat(warnings()).noneMatch(w -> w.contains("philip-torr") && w.contains("no theme has"));
  }

  @Test
  void aRecordWithoutAFindingLoadsAndATaggedOneNoThemeCitesIsWarnedAbout() throws IOException {
    Path evidence = persona.resolve("evidence.yaml");
    String id = "old-habits-die-hard";
    edit(
        evidence,
        "    finding: \"Across three model families and six datasets spanning diverse phenomena,"
            + " our analysis\n"
            + "      reveals a strong correlation between the two perspectives.\"\n",
        "    stances: [deception]\n");
    String at =
        "seeds/personas/fazl-barez/evidence.yaml:"
            + lineOf(evidence, "- id: " + id)
            + ":9: warning: ";
    assertThat(diagnostics())
        .contains(
            at
                + "evidence '"
                + id
                + "' carries a stance but no theme cites it and states no finding"
                + " to build an argument from");
    assertThat(check()).isEmpty();

    Files.writeString(persona.resolve("themes.yaml"), "themes: []\n");
    assertThat(diagnostics())
        .contains(
            at
                + "evidence '"
                + id
                + "' carries a stance but states no finding; no argument is built from it")
        .noneMatch(d -> d.contains("'sleeper-agents'"));
  }

  @Test
  void reportsEveryCrossFileProblemAtOnceWithItsPlace() {
    Path evidence = persona.resolve("evidence.yaml");
    Path themes = persona.resolve("themes.yaml");
    edit(evidence, "- id: full-stack-alignment", "- id: Full_Stack");
    edit(evidence, "- id: ailuminate", "- id: sleeper-agents");
    edit(evidence, "stances: [deception]", "stances: [deceptoin]");
    edit(themes, "evidence: [autocontrol-arena]", "evidence: [autocontrol-arenna]");
    edit(themes, "- stance: governance", "- stance: regulation");
    edit(themes, "quote: \"Retraining an LLM not", "quote: \"Retraining a model not");
    String e = "seeds/personas/fazl-barez/evidence.yaml:";
    String t = "seeds/personas/fazl-barez/themes.yaml:";

    assertThat(check())
        .containsExactly(
            e
                + lineOf(evidence, "id: Full_Stack")
                + ":9: bad evidence id 'Full_Stack': use lower-case letters, digits and single"
                + " hyphens, e.g. 'sleeper-agents'",
            e
                + lineOf(evidence, "stances: [deceptoin]")
                + ":15: unknown stance 'deceptoin'; did you mean 'deception'?",
            e
                + (lineOf(evidence, "title: \"AILuminate") - 1)
                + ":9: duplicate evidence id 'sleeper-agents' (first at line "
                + lineOf(evidence, "id: sleeper-agents")
                + "); give each record its own id",
            t
                + lineOf(themes, "autocontrol-arenna")
                + ":20: unknown evidence id 'autocontrol-arenna'; did you mean"
                + " 'autocontrol-arena'?",
            t
                + lineOf(themes, "Retraining a model not")
                + ":16: quote is not a verbatim span of the abstract of any evidence this argument"
                + " cites",
            t
                + lineOf(themes, "stance: regulation")
                + ":13: unknown stance 'regulation'; known stances: deception, unlearning-limits,"
                + " governance, robustness-failures, machine-judgement, control-works, human-error"
                + " (add new ones to stances.yaml)",
            t
                + lineOf(themes, "full-stack-alignment")
                + ":20: unknown evidence id 'full-stack-alignment'",
            t + lineOf(themes, "evidence: [ailuminate") + ":20: unknown evidence id 'ailuminate'");
  }

  @Test
  void warnsWhenTheImportedListingCopyIsGone() {
    Path evidence = persona.resolve("evidence.yaml");
    edit(evidence, "source: \"sources/001_b89f686bb3a49483.txt\"", "source: \"sources/gone.txt\"");
    assertThat(diagnostics())
        .contains(
            "seeds/personas/fazl-barez/evidence.yaml:"
                + lineOf(evidence, "sources/gone.txt")
                + ":13: warning: imported listing 'sources/gone.txt' is not a file in the persona's"
                + " folder; the next import will keep every matched record as written");
  }

  @Test
  void reportsAQuoteThatIsNotVerbatimFromTheAbstract() {
    Path evidence = persona.resolve("evidence.yaml");
    edit(
        evidence,
        "- \"The backdoor behavior is most persistent",
        "- \"The backdoor behaviour is most persistent");
    assertThat(check())
        .containsExactly(
            "seeds/personas/fazl-barez/evidence.yaml:"
                + lineOf(evidence, "The backdoor behaviour is most")
                + ":9: quote is not a verbatim span of the abstract of 'sleeper-agents'; copy it"
                + " exactly from the abstract");
  }

  @Test
  void checksTheProfilePositionQuoteAgainstItsSourceFile() {
    Path file = persona.resolve("persona.yaml");
    edit(file, "tightly controlled, if ever.\"", "tightly controlled.\"");
    edit(file, "motion: ai-autonomy-over-life", "motion: ai-autonomy");
    assertThat(check())
        .containsExactly(
            "seeds/personas/fazl-barez/persona.yaml:"
                + lineOf(file, "motion: ai-autonomy")
                + ":11: unknown motion 'ai-autonomy'",
            "seeds/personas/fazl-barez/persona.yaml:"
                + lineOf(file, "  quote: \"likely")
                + ":10: quote is not a verbatim span of sources/000_a288d382dc143469.txt; copy it"
                + " exactly");
  }

  @Test
  void refusesASourcePathOutsideThePersonaFolder() {
    Path file = persona.resolve("persona.yaml");
    edit(file, "source: \"sources/000_a288d382dc143469.txt\"", "source: \"../../stances.yaml\"");
    assertThat(check())
        .singleElement()
        .asString()
        .contains("is not a file in the persona's folder");
  }

  @Test
  void reportsAMotionWhoseIdDoesNotMatchItsFile() {
    Path motion = seeds.resolve("motions/ai-autonomy-over-life.yaml");
    edit(motion, "id: ai-autonomy-over-life", "id: other-motion");
    assertThat(check())
        .containsExactly(
            "seeds/motions/ai-autonomy-over-life.yaml:"
                + lineOf(motion, "id: other-motion")
                + ":5: motion id 'other-motion' does not match its file name"
                + " 'ai-autonomy-over-life.yaml'; rename one of them");
  }

  @Test
  void reportsAnArgumentWithoutEvidence() {
    Path themes = persona.resolve("themes.yaml");
    edit(themes, "evidence: [poisonbench]", "evidence: []");
    assertThat(check())
        .singleElement()
        .asString()
        .endsWith("argument cites no evidence; every claim must rest on an evidence id");
  }
}
