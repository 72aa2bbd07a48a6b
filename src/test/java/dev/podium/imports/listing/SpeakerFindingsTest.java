package dev.podium.imports.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.imports.Slugs;
import dev.podium.judge.LabelledSpeaker;
import dev.podium.judge.StanceTagger;
import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.model.Evidence;
import dev.podium.model.Taxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The findings the listing import picks for the labelled speakers, none of whom the picker was
 * written for: none may be an announcement, a survey description, a pointer to code, a list of
 * contributions or a question, and none may hold two sentences. Every finding is printed, with how
 * many records got one, so a change to the rule can be read and judged.
 */
class SpeakerFindingsTest {
  /**
   * What a finding must never be, written apart from the picker's own cues so that the test checks
   * the rule instead of repeating it.
   */
  private static final Pattern NOT_A_FINDING =
      Pattern.compile(
          "^(?:in this (?:paper|work|article|study),? we"
              + " (?:explore|present|propose|introduce|study|investigate|describe|review)|this"
              + " (?:paper|work|article)"
              + " (?:presents|introduces|proposes|explores|describes|offers|provides)|here,? we"
              + " (?:report|present|describe|introduce)|we (?:introduce|present|propose)"
              + " (?:a|an|the)\\b)|https?://|www\\.|\\bcode (?:is"
              + " )?(?:available|released)|\\bcontributions\\b|\\bas follows\\b"
              + "|\\(1\\).*\\(2\\)|\\?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A sentence end inside the finding: a stop, a space and a capitalised word, not after "e.g." or
   * an initial; or a one-letter name after a lowercase word ("learns T. This occurs").
   */
  private static final Pattern SECOND_SENTENCE =
      Pattern.compile(
          "(?<!\\b(?:e\\.g|i\\.e|al|vs|cf|Fig|Eq|Sec|\\p{Lu}))[.!?][\"'”)\\]]?\\s+[\"'“(\\[]?\\p{Lu}\\p{Ll}"
              + "|\\b\\p{Ll}+\\s\\p{Lu}\\.\\s+\\p{Lu}\\p{Ll}");

  @ParameterizedTest
  @ValueSource(strings = {"fazl-barez", "owain-evans", "ronald-arkin"})
  void everyPickedFindingIsOneSentenceThatStatesAResult(String speaker) throws Exception {
    List<Evidence> imported =
        importListing(
            LabelledSpeaker.all().stream()
                .filter(s -> s.id().equals(speaker))
                .findFirst()
                .orElseThrow()
                .listing());

    long found = imported.stream().map(Evidence::finding).filter(Objects::nonNull).count();
    System.out.printf(
        Locale.ROOT,
        "%s: %d records, %d with a finding, %d without%n",
        speaker,
        imported.size(),
        found,
        imported.size() - found);
    for (Evidence e : imported) {
      System.out.printf(
          "  %s%n    -> %s%n", e.title(), e.finding() == null ? "(no finding)" : e.finding());
    }
    assertThat(found).as("some of the speaker's papers state a result").isPositive();
    assertThat(imported)
        .map(Evidence::finding)
        .filteredOn(Objects::nonNull)
        .allSatisfy(f -> assertThat(NOT_A_FINDING.matcher(f.strip()).find()).as(f).isFalse())
        .allSatisfy(f -> assertThat(SECOND_SENTENCE.matcher(f).find()).as(f).isFalse());
  }

  private static List<Evidence> importListing(Path listing) throws Exception {
    Taxonomy taxonomy =
        new SeedsLoader(SeedsDirectory.onDisk(Path.of("seeds")))
            .taxonomy(new Diagnostics())
            .value();
    Diagnostics diagnostics = new Diagnostics();
    List<ListingEntry> entries =
        new ListingParser(listing.getFileName().toString(), SeedListingTruth.YEAR, diagnostics)
            .parse(Files.readString(listing));
    assertThat(diagnostics.hasErrors()).as("the listing parses").isFalse();
    return new ListingImporter(new StanceTagger(taxonomy))
        .toEvidence(entries, new Slugs(List.of()));
  }
}
