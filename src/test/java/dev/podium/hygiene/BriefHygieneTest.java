package dev.podium.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads every committed brief (every {@code *.md} under briefs/) as a skilled preparer would before
 * signing it, and fails on the machine tells: phrases Podium once printed, file paths and commands,
 * placeholders, counts that disagree with their nouns or with what they count, a sentence or
 * quotation said twice, and citations that lead nowhere. Each test is one rule and lists every
 * place, in every brief, that breaks it. The rules themselves are tested on small inputs in {@link
 * BriefHygieneRulesTest}.
 */
class BriefHygieneTest {
  private static final Path BRIEFS = Path.of("briefs");

  private static List<BriefText> briefs;

  @BeforeAll
  static void read() {
    briefs = BriefText.readAll(BRIEFS);
  }

  @Test
  void thereAreBriefsToRead() {
    assertThat(briefs).as("Markdown briefs under %s", BRIEFS).isNotEmpty();
  }

  @Test
  void noForbiddenPhrase() {
    assertNone(ForbiddenText.PHRASE, ForbiddenText::phrases);
  }

  @Test
  void noInternalFilePath() {
    assertNone(ForbiddenText.PATH, ForbiddenText::filePaths);
  }

  @Test
  void noInternalVocabulary() {
    assertNone(ForbiddenText.VOCABULARY, ForbiddenText::internalWords);
  }

  @Test
  void noInstructionToEditFilesOrRunCommands() {
    assertNone(ForbiddenText.INSTRUCTION, ForbiddenText::instructions);
  }

  @Test
  void noPlaceholder() {
    assertNone(ForbiddenText.PLACEHOLDER, ForbiddenText::placeholders);
  }

  @Test
  void noAbstractVoicePassedOffAsTheBriefs() {
    assertNone(ForbiddenText.ABSTRACT_VOICE, ForbiddenText::abstractVoice);
  }

  @Test
  void countsAgreeWithTheirNouns() {
    assertNone(CountAgreement.RULE, CountAgreement::check);
  }

  @Test
  void noSentenceTwice() {
    assertNone(RepeatedSentences.RULE, RepeatedSentences::check);
  }

  @Test
  void noQuotationTwice() {
    assertNone(RepeatedQuotes.RULE, RepeatedQuotes::check);
  }

  @Test
  void everyCitationResolvesInItsBrief() {
    assertNone(CitationLinks.UNRESOLVED, CitationLinks::unresolved);
  }

  @Test
  void referenceListsAreNumberedWithoutGaps() {
    assertNone(CitationLinks.NUMBERING, CitationLinks::numbering);
  }

  @Test
  void statedCountsAgreeWithWhatTheyCount() {
    assertNone(StatedCounts.RULE, StatedCounts::check);
  }

  private static void assertNone(String rule, Function<BriefText, List<Violation>> check) {
    assertThat(briefs).as("Markdown briefs under %s", BRIEFS).isNotEmpty();
    List<Violation> found = briefs.stream().flatMap(b -> check.apply(b).stream()).toList();
    assertThat(found).withFailMessage(() -> Violation.report(rule, found)).isEmpty();
  }
}
