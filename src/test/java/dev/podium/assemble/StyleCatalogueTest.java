package dev.podium.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StyleCatalogueTest {
  private static final StyleCatalogue SHIPPED = StyleCatalogue.shipped();

  @ParameterizedTest
  @CsvSource({
    "de-DE, de-DE",
    "de_de, de-DE",
    "EN-gb, en-GB",
    "de, de-DE",
    "fr, fr-FR",
    "pt, pt-PT",
    "eu, eu",
    "en-UK, ",
    "xx, ",
    "de-XX, "
  })
  void readsATagInAnyCaseAndABareLanguageAsCslsPrimaryDialect(String tag, String locale) {
    assertThat(SHIPPED.locale(tag)).isEqualTo(locale);
  }

  @Test
  void suggestsTheDialectsOfALanguageForAnUnknownLocale() {
    assertThat(SHIPPED.localesNear("en-UK")).containsExactly("en-GB", "en-US");
    assertThat(SHIPPED.localesNear("de-XX")).containsExactly("de-AT", "de-CH", "de-DE");
    assertThat(SHIPPED.localesNear("qq")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          iee     | ieee
          appa    | apa
          chicago | chicago-author-date, taylor-and-francis-chicago-author-date
          mla     | modern-language-association
          acm     | acm-sig-proceedings, association-for-computing-machinery
          zzzz    |
          """)
  void suggestsStylesForATypoAFamilyOrAnAcronym(String id, String near) {
    assertThat(String.join(", ", SHIPPED.stylesNear(id))).isEqualTo(near == null ? "" : near);
  }

  @Test
  void aFamilyNameSuggestsEveryStyleOfTheFamily() {
    assertThat(SHIPPED.stylesNear("harvard"))
        .containsExactly(
            "elsevier-harvard",
            "harvard-anglia-ruskin-university",
            "harvard-cite-them-right",
            "sage-harvard");
  }

  @Test
  void everyShippedStyleAndLocaleLoads() {
    assertThat(SHIPPED.styleIds())
        .hasSizeBetween(30, 60)
        .allSatisfy(
            id ->
                assertThat(SHIPPED.style(id).format()).isNotEqualTo(CslStyle.CitationFormat.NOTE));
    assertThat(SHIPPED.localeTags())
        .allSatisfy(
            tag -> assertThat(CitationStyle.of(SHIPPED.style("apa"), tag).locale()).isEqualTo(tag));
  }
}
