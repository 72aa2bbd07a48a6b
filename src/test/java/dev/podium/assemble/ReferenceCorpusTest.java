package dev.podium.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.load.Diagnostics;
import dev.podium.load.EvidenceFile;
import dev.podium.load.RecordBinder;
import dev.podium.load.SourceMap;
import dev.podium.load.YamlReader;
import dev.podium.model.Evidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference corpus (citations/corpus.yaml) printed in a style and locale and compared with the
 * entries in citations/expected/STYLE@LOCALE.txt, which were checked by hand against each style's
 * manual; each file's header says what was checked and where the printed entry still deviates.
 */
class ReferenceCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/citations/corpus.yaml");
  private static final Path EXPECTED = Path.of("src/test/resources/citations/expected");

  static List<Evidence> corpus() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    String yaml = Files.readString(CORPUS, StandardCharsets.UTF_8);
    EvidenceFile file =
        new RecordBinder(diagnostics, new SourceMap("corpus.yaml"))
            .bind(new YamlReader().parse(yaml, "corpus.yaml", diagnostics), EvidenceFile.class, "");
    assertThat(diagnostics.hasErrors()).isFalse();
    return file.evidence();
  }

  static Stream<String> expectations() throws IOException {
    try (Stream<Path> files = Files.list(EXPECTED)) {
      return files
          .map(f -> f.getFileName().toString().replaceFirst("\\.txt$", ""))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("expectations")
  void printsTheCorpusAsCheckedByHand(String styleAtLocale) throws IOException {
    String[] parts = styleAtLocale.split("@");
    CitationStyle style = CitationStyle.of(StyleCatalogue.shipped().style(parts[0]), parts[1]);
    assertThat(style.locale()).isEqualTo(parts[1]);
    List<String> expected =
        Files.readAllLines(EXPECTED.resolve(styleAtLocale + ".txt"), StandardCharsets.UTF_8)
            .stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .toList();
    assertThat(printed(style)).containsExactlyElementsOf(expected);
  }

  @Test
  void theExpectationsCoverIeeeApaChicagoAndALocaleOtherThanEnglish() throws IOException {
    assertThat(expectations().toList())
        .contains("ieee@en-US", "apa@en-US", "chicago-author-date@en-US", "din-1505-2@de-DE");
  }

  /**
   * Every shipped style prints every record of the corpus, in English and in German: each entry
   * traced to its record, no placeholder left, a citation for each record.
   */
  @Test
  void everyShippedStylePrintsTheWholeCorpus() throws IOException {
    List<Evidence> corpus = corpus();
    for (String id : StyleCatalogue.shipped().styleIds()) {
      for (String locale : new String[] {null, "de-DE"}) {
        CitationStyle style = CitationStyle.of(StyleCatalogue.shipped().style(id), locale);
        CitationStyle.Formatted formatted = format(style, corpus);
        assertThat(formatted.references())
            .as(id)
            .extracting(CitationStyle.Entry::id)
            .containsExactlyInAnyOrderElementsOf(corpus.stream().map(Evidence::id).toList());
        for (CitationStyle.Entry entry : formatted.references()) {
          assertThat(entry.text())
              .as(id + " " + locale)
              .doesNotContainPattern("\uE000")
              .doesNotContain("others");
          assertThat(formatted.cite(List.of(entry.id())))
              .as(id + " " + entry.id())
              .isNotBlank()
              .doesNotContainPattern("\uE000");
        }
      }
    }
  }

  private static List<String> printed(CitationStyle style) throws IOException {
    List<Evidence> corpus = corpus();
    CitationStyle.Formatted formatted = format(style, corpus);
    List<String> lines = new ArrayList<>();
    for (CitationStyle.Entry e : formatted.references()) {
      lines.add(e.id() + " | " + formatted.cite(List.of(e.id())) + " | " + e.text());
    }
    return lines;
  }

  private static CitationStyle.Formatted format(CitationStyle style, List<Evidence> records) {
    return style.format(records, records.stream().map(e -> List.of(e.id())).toList());
  }
}
