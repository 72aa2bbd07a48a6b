package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Verbatim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the committed moderator brief as a reader would: every [n] must lead to a reference, and
 * every quotation must be found, word for word, in the abstract or source document it came from.
 */
class BriefIntegrityTest {
  private static final Path DIR = Path.of("briefs/fazl-barez/ai-autonomy-over-life");
  private static final Pattern CITE = Pattern.compile("\\[(\\d+)]");
  private static final Pattern REFERENCE = Pattern.compile("(?m)^\\[(\\d+)] ");
  private static final Pattern QUOTE = Pattern.compile("(?m)(?:^> |hedges: )“(.+)”");

  @ParameterizedTest
  @CsvSource({"moderator.md, References, Evidence table", "opponent.md, Sources, Sources", "handout.md, Sources to look up, Sources to look up"})
  void everyCitationResolvesToAReferenceAndIsNumberedByFirstUse(String file, String referencesHeading, String numberedUntil) throws Exception {
    String brief = Files.readString(DIR.resolve(file));
    String heading = "\n## " + referencesHeading + "\n";
    String references = brief.substring(brief.indexOf(heading));
    Set<Integer> defined = numbers(REFERENCE, references);
    Set<Integer> cited = numbers(CITE, brief.substring(0, brief.indexOf(heading)));
    assertThat(cited).isNotEmpty();
    assertThat(defined).containsAll(cited);
    // Numbered by first appearance: the first citation in the text is [1], then [2], ...
    List<Integer> firstUses = new ArrayList<>();
    Matcher m = CITE.matcher(brief.substring(0, brief.indexOf("\n## " + numberedUntil + "\n")));
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (!firstUses.contains(n)) {
        firstUses.add(n);
      }
    }
    for (int i = 0; i < firstUses.size(); i++) {
      assertThat(firstUses.get(i)).as("citation number %d in order of first use", i + 1).isEqualTo(i + 1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"moderator.md", "opponent.md"})
  void everyQuoteIsVerbatimFromItsSource(String file) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Dossier dossier =
        new DossierLoader(SeedsDirectory.onDisk(Path.of("seeds")))
            .load("fazl-barez", "ai-autonomy-over-life", diagnostics);
    List<String> sources = new ArrayList<>(dossier.evidence().stream().map(Evidence::abstract_).toList());
    try (var files = Files.list(Path.of("seeds/personas/fazl-barez/sources"))) {
      for (Path source : files.toList()) {
        sources.add(Files.readString(source));
      }
    }
    Matcher m = QUOTE.matcher(Files.readString(DIR.resolve(file)));
    int quotes = 0;
    while (m.find()) {
      String quote = unescape(m.group(1));
      quotes++;
      assertThat(sources.stream().anyMatch(s -> Verbatim.isSpanOf(quote, s)))
          .as("quote is verbatim from a source: %s", quote)
          .isTrue();
    }
    assertThat(quotes).isGreaterThanOrEqualTo(12);
  }

  /**
   * Phrases that tell the user what to do with the seeds, or name a seed file: they belong in
   * {@code podium check}'s warnings, never in what a reader gets.
   */
  private static final List<String> INSTRUCTIONS =
      List.of(
          "add `",
          "themes.yaml",
          "persona.yaml",
          "evidence.yaml",
          "(sources/",
          "persona’s themes",
          "None curated",
          "No curated");

  @org.junit.jupiter.api.Test
  void noCommittedBriefTellsTheUserWhatToDoOrNamesASeedFile() throws Exception {
    List<Path> briefs;
    try (var files = Files.walk(Path.of("briefs"))) {
      briefs = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(briefs).hasSizeGreaterThanOrEqualTo(7);
    for (Path brief : briefs) {
      String text = unescape(Files.readString(brief));
      for (String phrase : INSTRUCTIONS) {
        assertThat(text).as("%s speaks to the user: %s", brief, phrase).doesNotContain(phrase);
      }
    }
  }

  private static String unescape(String markdown) {
    return markdown.replaceAll("\\\\([\\p{Punct}])", "$1");
  }

  private static Set<Integer> numbers(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    Set<Integer> out = new TreeSet<>();
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out.stream().collect(Collectors.toCollection(TreeSet::new));
  }
}
