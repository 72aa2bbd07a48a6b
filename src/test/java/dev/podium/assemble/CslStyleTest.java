package dev.podium.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CslStyleTest {
  private static final StyleCatalogue SHIPPED = StyleCatalogue.shipped();

  private static String style(String format, String body) {
    return """
    <?xml version="1.0" encoding="utf-8"?>
    <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info>
        <title>Test</title>
        <id>http://www.zotero.org/styles/test</id>
        <category citation-format="%s"/>
      </info>
    %s
    </style>
    """
        .formatted(format, body);
  }

  private static final String CITE_AND_LIST =
      """
        <citation><layout><text variable="title"/></layout></citation>
        <bibliography><layout><text variable="title"/></layout></bibliography>\
      """;

  @Test
  void readsHowAStyleCitesAndWhetherItRaisesItsNumbers() {
    assertThat(SHIPPED.style("apa").format()).isEqualTo(CslStyle.CitationFormat.AUTHOR_DATE);
    assertThat(SHIPPED.style("ieee").format()).isEqualTo(CslStyle.CitationFormat.NUMERIC);
    assertThat(SHIPPED.style("ieee").superscript()).isFalse();
    assertThat(SHIPPED.style("nature").superscript()).isTrue();
    assertThat(SHIPPED.style("din-1505-2").defaultLocale()).isEqualTo("de-DE");
    assertThat(SHIPPED.style("apa").defaultLocale()).isNull();
  }

  @Test
  void aNoteStyleIsRefusedWhereItSaysSo() {
    assertThatThrownBy(() -> CslStyle.parse("notes", style("note", CITE_AND_LIST), SHIPPED))
        .isInstanceOfSatisfying(
            InvalidStyleException.class,
            e -> {
              assertThat(e.getMessage()).startsWith("a note style: Podium cites in the text");
              assertThat(e.position()).isEqualTo(new InvalidStyleException.Position(6, 39));
            });
  }

  @Test
  void aStyleWithoutBibliographyIsRefused() {
    String xml =
        style("numeric", "  <citation><layout><text variable=\"title\"/></layout></citation>");
    assertThatThrownBy(() -> CslStyle.parse("x", xml, SHIPPED))
        .hasMessage("the style has no <bibliography>, and every brief lists its references");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          <style xmlns='http://purl.org/net/xbiblio/csl'><info></style> | 1 | not well-formed XML:
          <style><info/></style>                                         | 1 | not a CSL style: <style> lacks
          <html xmlns="x"><body/></html>                                 | 1 | not a CSL style: the root
          ''                                                             | 1 | not
          """)
  void whatIsNotAStyleIsRefusedWithItsPlace(String xml, int line, String message) {
    assertThatThrownBy(() -> CslStyle.parse("x", xml, SHIPPED))
        .isInstanceOfSatisfying(
            InvalidStyleException.class,
            e -> {
              assertThat(e.getMessage()).startsWith(message);
              assertThat(e.position().line()).isEqualTo(line);
              assertThat(e.position().column()).isGreaterThanOrEqualTo(1);
            });
  }

  @Test
  void aDependentStyleCitesAsItsShippedParentInItsOwnLocale() {
    String dependent =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="en-GB">
          <info>
            <title>Some Journal</title>
            <link href="http://www.zotero.org/styles/some-journal" rel="self"/>
            <link href="http://www.zotero.org/styles/apa" rel="independent-parent"/>
            <category citation-format="author-date"/>
          </info>
        </style>
        """;
    CslStyle style = CslStyle.parse("some-journal", dependent, SHIPPED);
    assertThat(style.id()).isEqualTo("some-journal");
    assertThat(style.xml()).isEqualTo(SHIPPED.style("apa").xml());
    assertThat(style.defaultLocale()).isEqualTo("en-GB");
    assertThat(CitationStyle.of(style, null).locale()).isEqualTo("en-GB");
  }

  @Test
  void aDependentStyleWhoseParentIsNotShippedSaysWhichParent() {
    String dependent =
        """
        <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0">
          <info>
            <link href="http://www.zotero.org/styles/unheard-of" rel="independent-parent"/>
          </info>
        </style>
        """;
    assertThatThrownBy(() -> CslStyle.parse("x", dependent, SHIPPED))
        .isInstanceOfSatisfying(
            InvalidStyleException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(
                      "a dependent style whose parent 'unheard-of' Podium does not ship; pass the"
                          + " parent's own file with --csl");
              assertThat(e.position().line()).isEqualTo(3);
            });
  }
}
