package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.LatexText;
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
 * Reads the committed briefs as a reader would: every [n] must lead to a reference, every handout
 * point must name its source, and every quotation must be found, word for word, in the abstract or
 * source document it came from.
 */
class BriefIntegrityTest {
  private static final Path DIR = Path.of("briefs/fazl-barez/ai-autonomy-over-life");
  private static final Pattern CITE = Pattern.compile("\\[(\\d+)]");
  private static final Pattern REFERENCE = Pattern.compile("(?m)^\\[(\\d+)] ");

  /**
   * A quotation: a card's quote or the profile's (a blockquote, the card's warrant in bold within
   * its context), a hedge the opponent brief lists ({@code - “…” [n]}), or the finding of a record
   * that cuts the other way ({@code It reports: “…”}).
   */
  private static final Pattern QUOTE =
      Pattern.compile("(?m)^> “(.+)”|^- “(.+)” \\[\\d+]$|It reports: “([^”]+)”");

  @ParameterizedTest
  @CsvSource({"moderator.md, References, Evidence table", "opponent.md, Sources, Sources"})
  void everyCitationResolvesToAReferenceAndIsNumberedByFirstUse(
      String file, String referencesHeading, String numberedUntil) throws Exception {
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
      assertThat(firstUses.get(i))
          .as("citation number %d in order of first use", i + 1)
          .isEqualTo(i + 1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"moderator.md", "opponent.md"})
  void everyQuoteIsVerbatimFromItsSource(String file) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Dossier dossier =
        new DossierLoader(SeedsDirectory.onDisk(Path.of("seeds")))
            .load("fazl-barez", "ai-autonomy-over-life", diagnostics);
    List<String> sources =
        new ArrayList<>(dossier.evidence().stream().map(Evidence::abstract_).toList());
    try (var files = Files.list(Path.of("seeds/personas/fazl-barez/sources"))) {
      for (Path source : files.toList()) {
        sources.add(Files.readString(source));
      }
    }
    // Abstracts keep arXiv's LaTeX ("16\%"); a brief shows it made plain ("16%"), and nothing else.
    sources.addAll(sources.stream().map(LatexText::readable).toList());
    Matcher m = QUOTE.matcher(Files.readString(DIR.resolve(file)));
    int quotes = 0;
    int warrants = 0;
    while (m.find()) {
      String shown = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      if (shown.contains("**")) {
        // The warrant is set in bold inside its context; the bold is the brief's, not the source's.
        assertThat(shown.split("\\*\\*", -1)).as("one warrant in bold: %s", shown).hasSize(3);
        warrants++;
      }
      String quote = unescape(shown.replace("**", ""));
      quotes++;
      assertThat(sources.stream().anyMatch(s -> Verbatim.isSpanOf(quote, s)))
          .as("quote is verbatim from a source: %s", quote)
          .isTrue();
    }
    assertThat(quotes).isGreaterThanOrEqualTo(12);
    assertThat(warrants).isGreaterThanOrEqualTo(8);
  }

  @org.junit.jupiter.api.Test
  void everyHandoutPointNamesItsOneSourceInWordsAndNothingIsNumbered() throws Exception {
    Dossier dossier =
        new DossierLoader(SeedsDirectory.onDisk(Path.of("seeds")))
            .load("fazl-barez", "ai-autonomy-over-life", new Diagnostics());
    Set<String> titles =
        dossier.evidence().stream().map(Evidence::title).collect(Collectors.toSet());
    String handout = Files.readString(DIR.resolve("handout.md"));
    List<String> lines = handout.lines().toList();
    List<String> named = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("\\d+\\. \\*\\*.+")) {
        assertThat(lines.get(i))
            .as("point %d", named.size() + 1)
            .startsWith((named.size() + 1) + ". **");
        String source = lines.get(i + 1);
        assertThat(source).as("the line after point %d", named.size() + 1).startsWith("*Source:* ");
        Matcher title = Pattern.compile("“(.+)”").matcher(source);
        assertThat(title.find()).as(source).isTrue();
        assertThat(titles)
            .as("the source of point %d is a record on file", named.size() + 1)
            .contains(unescape(title.group(1)));
        named.add(title.group(1));
      }
    }
    assertThat(named).isNotEmpty().doesNotHaveDuplicates();
    // A handout names its sources in words: no numbered citations and no reference list.
    assertThat(handout)
        .doesNotContainPattern("\\[\\d+]")
        .doesNotContain("\n## Sources")
        .doesNotContain("\n## References");
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
