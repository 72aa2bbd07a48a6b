package dev.podium.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The rules {@link BriefHygieneTest} applies, on small briefs: what each one finds, with its line,
 * and what it must leave alone.
 */
class BriefHygieneRulesTest {
  private static final String FILE = "test.md";

  /** The lines a rule reports in a brief, in order. */
  private static List<Integer> lines(Function<BriefText, List<Violation>> rule, String markdown) {
    return rule.apply(BriefText.of(FILE, markdown)).stream().map(Violation::line).toList();
  }

  private static void assertFinds(
      Function<BriefText, List<Violation>> rule, String markdown, Integer... lines) {
    assertThat(lines(rule, markdown)).as(markdown).containsExactly(lines);
  }

  private static void assertClean(Function<BriefText, List<Violation>> rule, String markdown) {
    assertThat(rule.apply(BriefText.of(FILE, markdown))).as(markdown).isEmpty();
  }

  @Test
  void forbiddenPhrases() {
    assertFinds(ForbiddenText::phrases, "# T\n\nNone curated yet.\n", 3);
    assertFinds(
        ForbiddenText::phrases, "1 of the 1 records.\n\nAll the 1 records are old.\n", 1, 3);
    assertClean(ForbiddenText::phrases, "None of these were curated.\n");
  }

  @Test
  void internalFilePaths() {
    assertFinds(ForbiddenText::filePaths, "Add it to seeds/personas/x/themes.yaml.\n", 1);
    assertFinds(ForbiddenText::filePaths, "From evidence.yaml and\nlisting.txt.\n", 1, 2);
    assertFinds(ForbiddenText::filePaths, "See sources/000_a2.txt\n", 1);
    assertFinds(ForbiddenText::filePaths, "Ranked by the rule in Podium’s README.\n", 1);
    assertFinds(ForbiddenText::filePaths, "Written to /home/jane/out/brief.md\n", 1);
    assertFinds(ForbiddenText::filePaths, "![chart](../seeds/chart.svg)\n", 1);
    assertFinds(ForbiddenText::filePaths, "[the data](data.yaml)\n", 1);
    // The brief's own chart beside it, and URLs in links or text, are not file paths.
    assertClean(ForbiddenText::filePaths, "![Evidence profile](evidence-profile.svg)\n");
    assertClean(ForbiddenText::filePaths, "[paper](https://example.org/a/b/paper.pdf)\n");
    assertClean(
        ForbiddenText::filePaths, "[1] A. B, “T,” 2024. Available: https://x.org/sources/a.txt\n");
    assertClean(
        ForbiddenText::filePaths, "Covered by Phys.org and the IEEE (DOI 10.1145/2835965).\n");
    assertClean(
        ForbiddenText::filePaths, "A hybrid deliberative/reactive architecture, e.g. AuRA.\n");
  }

  @Test
  void internalVocabularyOutsideQuotesReferencesAndFooter() {
    assertFinds(ForbiddenText::internalWords, "Five papers in the seed listing.\n", 1);
    assertClean(ForbiddenText::internalWords, "He said: “we fix the random seed”.\n");
    assertClean(
        ForbiddenText::internalWords, "Text.\n\n---\n\n*Podium 0.1.0 · seeds 7dad3ab36cde*\n");
  }

  @Test
  void instructionsToEditFilesOrRunCommands() {
    assertFinds(ForbiddenText::instructions, "Edit themes.yaml to add one.\n", 1);
    assertFinds(ForbiddenText::instructions, "# T\n\nRun `podium check` first.\n", 3, 3, 3);
    assertFinds(ForbiddenText::instructions, "Then podium draft fazl-barez.\n", 1);
    assertFinds(ForbiddenText::instructions, "Pass --kind handout.\n", 1);
    assertFinds(ForbiddenText::instructions, "Regenerate the brief.\n", 1);
    assertClean(
        ForbiddenText::instructions, "He credited the editors; a model “can edit its weights”.\n");
    assertClean(ForbiddenText::instructions, "[1] A. B, “Edit the Model,” 2024.\n");
  }

  @Test
  void placeholders() {
    assertFinds(ForbiddenText::placeholders, "TODO\n\nSee {{persona.name}}.\n\nTBD.\n", 1, 3, 3, 5);
    assertFinds(
        ForbiddenText::placeholders, "Lorem ipsum.\n\nSide: null.\n\nThemeView[rank=1]\n", 1, 3, 5);
    assertClean(ForbiddenText::placeholders, "Today he is due.\n");
  }

  @Test
  void abstractVoiceOutsideQuotes() {
    assertFinds(ForbiddenText::abstractVoice, "**1.** Our results show that X holds. [1]\n", 1);
    assertFinds(ForbiddenText::abstractVoice, "- [2] **T** (2024). We find that Y.\n", 1);
    assertFinds(ForbiddenText::abstractVoice, "In this paper, we argue Z.\n", 1);
    assertClean(ForbiddenText::abstractVoice, "> “We show that X holds.” [1]\n");
    assertClean(ForbiddenText::abstractVoice, "The record reports: “Our results show X.”\n");
    assertClean(
        ForbiddenText::abstractVoice,
        "If deception survives training, we cannot assume it is caught.\n");
  }

  @Test
  void countsAndNounsAgree() {
    assertFinds(CountAgreement::check, "It lists 1 records.\n", 1);
    assertFinds(CountAgreement::check, "1 of the 1 cited records are preprints.\n", 1);
    assertFinds(
        CountAgreement::check, "Themes: 3 theme\n\nHe wrote 0 paper and one papers.\n", 1, 3, 3);
    assertFinds(CountAgreement::check, "# 2 Question\n", 1);
    assertFinds(CountAgreement::check, "Only 1 speakers.\n", 1);
    // Years, citation numbers, labels, decimals, quotes and reference entries are not counts.
    assertClean(CountAgreement::check, "His 2024 record and [1] records.\n");
    assertClean(
        CountAgreement::check, "Table 1 records the votes; Llama 3 models and GPT-4 model.\n");
    assertClean(
        CountAgreement::check, "1 of the records; 45 years; 1 record; 2,000 records; 1.5 years.\n");
    assertClean(CountAgreement::check, "It reports “1 models” verbatim.\n");
    assertClean(CountAgreement::check, "[1] A. B, “On 1 models,” 2024.\n");
    assertClean(CountAgreement::check, "In 2024, 3 (2 by him, 1 not known); section 2 papers.\n");
  }

  @Test
  void noSentenceTwiceInRunningText() {
    assertFinds(
        RepeatedSentences::check,
        "A record that asserts this stance bears against.\n\n"
            + "- A record that asserts this stance bears against.\n",
        1);
    // Citations, labels, quotation marks and a hard break do not make two sentences differ.
    assertFinds(
        RepeatedSentences::check,
        "**1.** Models keep the hidden behaviour after training. [1]\n\n"
            + "> “Models keep the hidden behaviour after training.” [2]\n",
        1);
    assertFinds(
        RepeatedSentences::check,
        "**1.** Models keep the hidden behaviour after training. [1], [5] *(2 records)*\n\n"
            + "- [5] **Title** (2024). Models keep the hidden behaviour after training.\n",
        1);
    assertFinds(
        RepeatedSentences::check,
        "- **Objection:** This is the same six word line.  \n"
            + "  **Likely response:** This is the same six word line.\n",
        1);
    // Short sentences, headings, tables, image descriptions, references and the footer are left
    // out.
    assertClean(RepeatedSentences::check, "Five words in this one.\n\nFive words in this one.\n");
    assertClean(
        RepeatedSentences::check,
        "## The same heading of six words\n\n## The same heading of six words\n");
    assertClean(
        RepeatedSentences::check,
        "| a |\n|---|\n| The same cell text of six words |\n| The same cell text of six words |\n");
    assertClean(
        RepeatedSentences::check,
        "![The same picture text of six words](a.svg)\n\nThe same picture text of six words.\n");
    assertClean(
        RepeatedSentences::check,
        "[1] A. B, “The same title text of six words,” 2024.\n\n"
            + "[2] The same title text of six words.\n");
    assertClean(
        RepeatedSentences::check,
        "Every citation refers to the list above.\n\n"
            + "---\n\n"
            + "*Every citation refers to the list above.*\n");
    // A title the brief names is a name, not a sentence.
    assertClean(
        RepeatedSentences::check,
        "- [Will AI Exceed Human Performance Soon? Evidence](u) (2018)\n\n"
            + "- [12] **Will AI Exceed Human Performance Soon? Evidence**\n\n"
            + "[12] K. G, “Will AI Exceed Human Performance Soon? Evidence,” 2017.\n");
  }

  @Test
  void noQuotationTwice() {
    assertFinds(
        RepeatedQuotes::check,
        "> “Our results suggest that models could fail.” [1]\n\n"
            + "- **Press on:** It hedges: “Our results suggest that models could fail.”\n",
        1);
    // Counted again wherever its words recur, quoted or not.
    assertFinds(
        RepeatedQuotes::check,
        "- [3] **T** (2024). The best model was truthful on 58% of questions.\n\n"
            + "- It reports: “The best model was truthful on 58% of questions.”\n",
        3);
    assertClean(
        RepeatedQuotes::check, "He says “only five words are here”, “only five words are here”.\n");
    // Naming a paper or a stance twice is not quoting it twice.
    assertClean(
        RepeatedQuotes::check,
        "Does “Taken out of context: On measuring awareness” bear on it?\n\n"
            + "How far do the results of “Taken out of context: On measuring awareness” carry?\n\n"
            + "[1] L. B, “Taken out of context: On measuring awareness,” 2023.\n");
    assertClean(
        RepeatedQuotes::check,
        "### 1. Limits of unlearning and safety training: Hard to remove\n\n"
            + "It reports the opposite of “Limits of unlearning and safety training”.\n");
  }

  @Test
  void citationsResolveInTheirBrief() {
    String references = "\n\n## References\n\n[1] A. “T,” 2024.\n\n[2] B. “U,” 2025.\n";
    assertFinds(CitationLinks::unresolved, "# B\n\nClaim. [1], [3]" + references, 3);
    assertClean(
        CitationLinks::unresolved, "# B\n\n| Source |\n|---|\n| [2] |\n\nClaim. [1]" + references);
    assertFinds(CitationLinks::unresolved, "# B\n\nClaim. [1]\n", 3);
    // A panel: each speaker's citations resolve in that speaker's own list.
    String panel =
        "# Panel\n\n## A\n\nClaim. [1], [2]\n\n**Sources**\n\n[1] A.\n\n[2] B.\n\n"
            + "## B\n\nClaim. [1], [2]\n\n**Sources**\n\n[1] C.\n";
    assertFinds(CitationLinks::unresolved, panel, 15);
    // A bold "[1] Title" heading a weak spot is not a reference entry.
    assertFinds(
        CitationLinks::unresolved,
        "# B\n\n**[4] Title** (2024)\n\nIt hedges. [4]" + references,
        3,
        5);
  }

  @Test
  void referenceListsAreNumberedOneToN() {
    assertFinds(CitationLinks::numbering, "## References\n\n[1] A.\n\n[2] B.\n\n[4] C.\n", 7);
    assertFinds(CitationLinks::numbering, "## References\n\n[2] A.\n", 3);
    assertClean(CitationLinks::numbering, "## A\n\n[1] A.\n\n[2] B.\n\n## B\n\n[1] C.\n");
  }

  @Test
  void statedCountsAgreeWithWhatTheyCount() {
    assertFinds(StatedCounts::check, "5 of the 4 cited records are preprints.\n", 1);
    assertFinds(StatedCounts::check, "**1.** Claim. [1], [5] *(3 records)*\n", 1);
    assertClean(
        StatedCounts::check,
        "**1.** Claim. [1], [5], [11] *(3 records)*\n\n1 of the 1 records; 2 of 3.\n");
    assertClean(StatedCounts::check, "**1.** Claim. [3]–[5] *(3 records)*\n");
  }

  @Test
  void aBriefIsReadAsItsReaderSeesIt() {
    BriefText brief =
        BriefText.of(
            FILE,
            "# T\n\nA *b* `c` [d](https://e) \\*f\\*.\n\n> q\n\n- **L:** x  \n  y\n\n"
                + "| h |\n|---|\n| z |\n\n[1] Ref.\n\n---\n\n*Foot*\n");
    assertThat(brief.blocks())
        .extracting(b -> b.kind() + "@" + b.lineAt(0) + ":" + b.text())
        .containsExactly(
            "HEADING@1:T",
            "PARAGRAPH@3:A b `c` d *f*.",
            "QUOTE@5:q",
            "LIST_ITEM@7:L: x\ny",
            "TABLE_CELL@10:h",
            "TABLE_CELL@12:z",
            "REFERENCE@14:[1] Ref.",
            "FOOTER@18:Foot");
    assertThat(brief.blocks().get(3).labels()).containsExactly(new int[] {0, 2});
    assertThat(brief.targets()).extracting(BriefText.Target::target).containsExactly("https://e");
  }
}
