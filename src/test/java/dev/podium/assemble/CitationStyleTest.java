package dev.podium.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.EvidenceCopy;
import dev.podium.model.DatePrecision;
import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationStyleTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          apa  | {Barnes and Noble}   | Barnes and Noble. (2023). A title. https://example.org/a
          apa  | 'Smith, Jr., John'   | Smith Jr., J. (2023). A title. https://example.org/a
          apa  | Ludwig van Beethoven | van Beethoven, L. (2023). A title. https://example.org/a
          ieee | {Barnes and Noble}   | Barnes and Noble, “A title,” Mar. 05, 2023. [Online]. Available: https://example.org/a
          ieee | 'Smith, Jr., John'   | J. Smith Jr., “A title,” Mar. 05, 2023. [Online]. Available: https://example.org/a
          ieee | Ludwig van Beethoven | L. van Beethoven, “A title,” Mar. 05, 2023. [Online]. Available: https://example.org/a
          """)
  void namesAreReadByCiteprocsNameParser(String style, String author, String expected) {
    assertThat(reference(style, author)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ieee | year  | J. Doe, “A title,” 2023. [Online]. Available: https://example.org/a
          ieee | month | J. Doe, “A title,” Mar. 2023. [Online]. Available: https://example.org/a
          ieee | day   | J. Doe, “A title,” Mar. 05, 2023. [Online]. Available: https://example.org/a
          apa  | year  | Doe, J. (2023). A title. https://example.org/a
          """)
  void datesPrintOnlyWhatTheSourceGave(String style, String precision, String expected) {
    Evidence e =
        withPrecision(
            evidence("Jane Doe"), DatePrecision.valueOf(precision.toUpperCase(Locale.ROOT)));
    assertThat(reference(style, e)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ieee | article          | Journal of Tests | 10.1000/xyz |            | 7 | 1-10 |           | J. Doe, “A title,” Journal of Tests, vol. 7, pp. 1–10, Mar. 2023, doi: 10.1000/xyz.
          ieee | paper_conference | Proc. of Tests   |             |            |   | 5-9  | ACM       | J. Doe, “A title,” in Proc. of Tests, ACM, Mar. 2023, pp. 5–9. [Online]. Available: https://example.org/a
          ieee | preprint         |                  |             | 2401.01814 |   |      |           | J. Doe, “A title,” Mar. 05, 2023, arXiv: 2401.01814. [Online]. Available: https://example.org/a
          ieee |                  |                  |             |            |   |      |           | J. Doe, “A title,” Mar. 05, 2023. [Online]. Available: https://example.org/a
          apa  | article          | Journal of Tests | 10.1000/xyz |            | 7 | 1-10 |           | Doe, J. (2023). A title. Journal of Tests, 7, 1–10. https://doi.org/10.1000/xyz
          apa  | preprint         |                  |             | 2401.01814 |   |      |           | Doe, J. (2023). A title (Preprint 2401.01814). arXiv. https://example.org/a
          apa  |                  |                  |             |            |   |      |           | Doe, J. (2023). A title. https://example.org/a
          """)
  void theItemPrintsItsVenueAndArxivOnlyWhenTheDataSaysSo(
      String style,
      String type,
      String container,
      String doi,
      String arxivId,
      String volume,
      String pages,
      String publisher,
      String expected) {
    Evidence e = evidence("Jane Doe");
    e =
        new Evidence(
            e.id(),
            e.title(),
            e.authors(),
            e.etAl(),
            e.date(),
            "CL",
            e.url(),
            e.links(),
            e.abstract_(),
            e.stances(),
            e.matchedTerms(),
            e.finding(),
            e.quotes(),
            e.key(),
            e.code(),
            e.score(),
            e.affiliations(),
            e.bearing(),
            e.bearingReason(),
            e.speakerAuthored(),
            null,
            type == null ? null : ItemType.valueOf(type.toUpperCase(Locale.ROOT)),
            container,
            doi,
            arxivId,
            volume,
            pages,
            publisher);
    assertThat(reference(style, e)).isEqualTo(expected);
  }

  /**
   * Podium's private marks cannot be forged from data: a title holding the character that stands
   * for left-out authors, or what an older version used to trace entries, prints no "et al." and
   * every citation keeps pointing at its own record.
   */
  @Test
  void charactersPodiumUsesInternallyInATitleChangeNothingElse() {
    Evidence forged = titled(evidence("Jane Doe"), "b", "Forged \uE000 and \uE0004\uE001 title");
    Evidence plain = titled(evidence("Ann Roe"), "c", "Sleeper Agents");
    CitationStyle.Formatted formatted =
        CitationStyle.named("ieee")
            .format(List.of(forged, plain), List.of(List.of("b"), List.of("c")));
    assertThat(formatted.references())
        .extracting(CitationStyle.Entry::id)
        .containsExactly("b", "c");
    assertThat(formatted.references().get(0).text())
        .startsWith("J. Doe, “Forged \uFFFD and \uFFFD4\uE001 title,”")
        .doesNotContain("et al");
    assertThat(formatted.references().get(1).text()).startsWith("A. Roe, “Sleeper Agents,”");
    assertThat(formatted.citations().get(List.of("c"))).isEqualTo("[2]");
  }

  private static Evidence titled(Evidence e, String id, String title) {
    return EvidenceCopy.with(e, Map.of("id", id, "title", title));
  }

  private static Evidence withPrecision(Evidence e, DatePrecision precision) {
    return EvidenceCopy.with(e, Map.of("datePrecision", precision));
  }

  @Test
  void anEditedRecordIsFormattedAfreshInTheSameStyle() {
    Evidence before = evidence("Jane Doe");
    Evidence after = EvidenceCopy.with(before, Map.of("title", "Another title"));
    assertThat(reference("ieee", before)).contains("“A title,”");
    assertThat(reference("ieee", after)).contains("“Another title,”");
    assertThat(reference("ieee", before)).contains("“A title,”");
    assertThat(reference("apa", before)).startsWith("Doe, J. (2023). A title.");
  }

  @Test
  void briefsFormattedAtOnceOnNewThreadsGetWhatOneAfterAnotherGet() throws Exception {
    // A server formats each command's brief on a new thread, with processors made for earlier ones.
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      expected.add(reference(i % 2 == 0 ? "ieee" : "apa", evidence("Author " + i)));
    }
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory());
    try {
      List<java.util.concurrent.Future<String>> made = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String style = i % 2 == 0 ? "ieee" : "apa";
        // A record that differs only where no reference looks, so it is formatted afresh.
        Evidence e =
            EvidenceCopy.with(evidence("Author " + i), Map.of("abstract_", "Unread " + i + "."));
        made.add(threads.submit(() -> reference(style, e)));
      }
      for (int i = 0; i < made.size(); i++) {
        assertThat(made.get(i).get()).isEqualTo(expected.get(i));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theSameStyleInTheSameLocaleIsOneObject() {
    assertThat(CitationStyle.named("ieee")).isSameAs(CitationStyle.named("ieee"));
    assertThat(CitationStyle.named("ieee")).isNotSameAs(CitationStyle.named("apa"));
  }

  private static String reference(String style, String author) {
    return reference(style, evidence(author));
  }

  private static String reference(String style, Evidence e) {
    CitationStyle.Formatted formatted =
        CitationStyle.named(style).format(List.of(e), List.of(List.of(e.id())));
    return formatted.references().get(0).text();
  }

  private static Evidence evidence(String author) {
    return new Evidence(
        "a",
        "A title",
        List.of(author),
        false,
        LocalDate.of(2023, 3, 5),
        null,
        "https://example.org/a",
        List.of(),
        "Abstract.",
        List.of(),
        List.of(),
        null,
        List.of(),
        false,
        false,
        null,
        List.of(),
        null,
        null);
  }
}
