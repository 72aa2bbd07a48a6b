package dev.podium.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.chart.Chart;
import dev.podium.chart.ChartFonts;
import dev.podium.chart.EvidenceProfileChart;
import dev.podium.chart.ProfileData;
import dev.podium.typeset.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlPageRendererTest {
  private static final Chart CHART =
      EvidenceProfileChart.create(
          new ProfileData(
              2024,
              List.of(
                  new ProfileData.Row("Deception (2)", List.of(new ProfileData.Cell(2, 1, 0))))),
          ChartFonts.bundled());
  private static final Pattern ID = Pattern.compile("\\sid=[\"']([^\"']*)[\"']");
  private static final Pattern FRAGMENT_LINK = Pattern.compile("href=\"#([^\"]*)\"");

  @TempDir Path folder;

  private HtmlSettings settings() {
    return new HtmlSettings(
        "en",
        "Dr Jane Doe",
        "AI should decide.",
        "AI decides",
        List.of("Deception", "Governance, policy and standards"),
        "Podium 0.1.0",
        Paper.A4,
        Map.of("profile.svg", CHART),
        folder);
  }

  private String page(String markdown) {
    return new HtmlPageRenderer().render(markdown, settings());
  }

  private String page(String markdown, HtmlSettings settings) {
    return new HtmlPageRenderer().render(markdown, settings);
  }

  private static String body(String page) {
    return page.substring(page.indexOf("<main>\n") + "<main>\n".length(), page.indexOf("</main>"));
  }

  @Test
  void theHeadSaysLanguageTitleAuthorMotionKeywordsAndGenerator() {
    String page = page("# Dr Jane Doe: moderator’s brief\n\ntext\n\n# Second\n");
    assertThat(page)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    assertThat(page)
        .contains("<title>Dr Jane Doe: moderator’s brief</title>\n")
        .contains("<meta name=\"author\" content=\"Dr Jane Doe\">\n")
        .contains("<meta name=\"description\" content=\"AI should decide.\">\n")
        .contains(
            "<meta name=\"keywords\" content=\"Deception, Governance, policy and standards\">\n")
        .contains("<meta name=\"generator\" content=\"Podium 0.1.0\">\n")
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  }

  @Test
  void withoutAHeadingTheTitleIsTheMotion() {
    assertThat(page("just text\n")).contains("<title>AI should decide.</title>");
  }

  @Test
  void thePagePrintsOnItsPaperWithARunningHeaderAndPageNumbers() {
    String page = page("# T\n");
    assertThat(page)
        .contains("  size: A4;\n")
        .contains("@top-left { content: \"Dr Jane Doe\";")
        .contains("@top-right { content: \"AI decides\";")
        .contains("@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages);")
        .contains("break-inside: avoid;")
        .contains("break-after: avoid;");
    HtmlSettings s = settings();
    HtmlSettings letter =
        new HtmlSettings(
            s.language(),
            s.author(),
            s.description(),
            s.headerRight(),
            s.keywords(),
            s.generator(),
            Paper.LETTER,
            s.charts(),
            s.imageRoot());
    assertThat(page("# T\n", letter)).contains("  size: letter;\n");
  }

  @Test
  void hostileMetadataStaysTextInTheHeadAndTheStyleSheet() {
    String hostile = "\"'></title></style><script>alert(1)</script>\\\n&amp;\u0000";
    HtmlSettings settings =
        new HtmlSettings(
            hostile,
            hostile,
            hostile,
            hostile,
            List.of(hostile),
            hostile,
            Paper.A4,
            Map.of(),
            folder);
    String page = page("# " + hostile.replace("\n", " ") + "\n", settings);
    assertThat(page.toLowerCase(Locale.ROOT))
        .doesNotContain("<script")
        .doesNotContain("</title></style>");
    String escaped =
        "&quot;&#39;&gt;&lt;/title&gt;&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;\\\n"
            + "&amp;amp;\uFFFD";
    assertThat(page)
        .contains("<html lang=\"" + escaped + "\">")
        .contains("<meta name=\"author\" content=\"" + escaped + "\">")
        .contains(
            "@top-left { content: \"\\22 '\\3e \\3c /title\\3e \\3c /style\\3e \\3c script\\3e"
                + " alert(1)\\3c /script\\3e \\5c \\a &amp;\\fffd \";");
    // One style element, closed where the page closes it.
    assertThat(page.split("</style>", -1)).hasSize(2);
  }

  @Test
  void rawHtmlInTheMarkdownIsShownAsTextNeverPassedThrough() {
    String body =
        body(
            page(
                "<script>alert(1)</script>\n\n"
                    + "A <img src=x onerror=alert(1)> and <a href=\"javascript:x\">y</a>.\n"));
    assertThat(body.toLowerCase(Locale.ROOT))
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<a ");
    assertThat(body)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains(
            "A &lt;img src=x onerror=alert(1)&gt; and &lt;a"
                + " href=&quot;javascript:x&quot;&gt;y&lt;/a&gt;.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[a](https://example.org/a?b=1&c=2)     | <a"
            + " href=\"https://example.org/a?b=1&amp;c=2\">a</a>",
        "[a](http://example.org)                | <a href=\"http://example.org\">a</a>",
        "[a](mailto:jane@example.org)           | <a href=\"mailto:jane@example.org\">a</a>",
        "[a](doi:10.1000/xyz)                   | <a href=\"https://doi.org/10.1000/xyz\">a</a>",
        "[a](#background)                       | <a href=\"#background\">a</a>",
        "<https://example.org/x>                | <a"
            + " href=\"https://example.org/x\">https://example.org/x</a>",
        "see https://example.org/y now          | see <a"
            + " href=\"https://example.org/y\">https://example.org/y</a> now",
        "[a](javascript:alert(1))               | <p>a</p>",
        "[a](JavaScript:alert(1))               | <p>a</p>",
        "[a](data:text/html;base64,PHNjcmlwdD4=) | <p>a</p>",
        "[a](vbscript:msgbox)                   | <p>a</p>",
        "[a](file:///etc/passwd)                | <p>a</p>",
        "[a](notes/page.html)                   | <p>a</p>",
        "[a](//evil.example/x)                  | <p>a</p>",
      })
  void onlyHttpHttpsMailtoDoiAndAnchorsBecomeLinks(String markdown, String expected) {
    assertThat(body(page(markdown + "\n"))).contains(expected);
  }

  @Test
  void aChartImageIsDrawnInPlaceAsSvgNamedByItsAltText() {
    String body =
        body(page("## Profile\n\n![Evidence: 5 < 6 & \"counts\"](profile.svg)\n\nAfter.\n"));
    assertThat(body).doesNotContain("<img").doesNotContain("profile.svg").doesNotContain("<?xml");
    assertThat(body)
        .contains("<figure class=\"chart\">\n<svg xmlns='http://www.w3.org/2000/svg' width='")
        .contains(" role=\"img\" aria-labelledby=\"chart-1-title\">\n")
        .contains("<title id=\"chart-1-title\">Evidence: 5 &lt; 6 &amp; &quot;counts&quot;</title>")
        .contains("Deception (2)")
        .contains("</svg>\n</figure>")
        .doesNotContain("jfreesvg");
    assertThat(body.indexOf("<svg")).isLessThan(body.indexOf("After."));
  }

  @Test
  void aChartWithoutAltTextIsDecoration() {
    assertThat(body(page("![](profile.svg)\n")))
        .contains(" aria-hidden=\"true\">")
        .doesNotContain("role=\"img\"");
  }

  @Test
  void twoCopiesOfAChartKeepTheirIdsApart() {
    String page = page("![One](profile.svg)\n\n![Two](profile.svg)\n");
    assertThat(page).contains("id=\"chart-1-title\"").contains("id=\"chart-2-title\"");
    assertThat(duplicates(ids(page))).isEmpty();
  }

  @Test
  void anImageThatIsNeitherAChartNorALocalPictureIsAnErrorAtItsPlace() {
    assertThatThrownBy(() -> page("# T\n\nText ![x](https://example.org/x.png)\n"))
        .isInstanceOfSatisfying(
            HtmlException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(6);
              assertThat(e.getMessage()).contains("is not a local file");
            });
    assertThatThrownBy(() -> page("![x](../outside.png)\n"))
        .hasMessageContaining("outside the brief's folder");
    assertThatThrownBy(() -> page("![x](missing.png)\n")).hasMessageContaining("not found");
  }

  @Test
  void aLocalPngIsEmbeddedSoThePageStaysOneFile() throws Exception {
    byte[] png =
        Base64.getDecoder()
            .decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    Files.write(folder.resolve("logo.png"), png);
    assertThat(body(page("![Logo](logo.png)\n")))
        .contains("<img src=\"data:image/png;base64,iVBORw0KGgo")
        .contains(" alt=\"Logo\" />");
  }

  @Test
  void headingsGetStableUniqueIdsAndLinkToThemselves() {
    String page =
        page(
            "# Brief\n\n"
                + "## Questions to ask\n\n"
                + "### Deception\n\n"
                + "## Objections\n\n"
                + "### Deception\n\n"
                + "### Deception 2\n\n"
                + "### Chart 1 title\n\n"
                + "![A](profile.svg)\n\n"
                + "## Ça, c’est «bien»!\n\n"
                + "## ?!\n");
    assertThat(page)
        .contains(
            "<h2 id=\"questions-to-ask\"><a class=\"self\" href=\"#questions-to-ask\">Questions to"
                + " ask</a></h2>")
        .contains("<h3 id=\"deception\">")
        .contains(
            "<h3 id=\"deception-2\"><a class=\"self\" href=\"#deception-2\">Deception</a></h3>")
        .contains("<h3 id=\"deception-2-2\">")
        .contains("<h3 id=\"chart-1-title-2\">")
        .contains("<h2 id=\"ca-c-est-bien\">")
        .contains("<h2 id=\"section\">");
    assertThat(duplicates(ids(page))).isEmpty();
    assertThat(page)
        .isEqualTo(
            page(
                "# Brief\n\n"
                    + "## Questions to ask\n\n"
                    + "### Deception\n\n"
                    + "## Objections\n\n"
                    + "### Deception\n\n"
                    + "### Deception 2\n\n"
                    + "### Chart 1 title\n\n"
                    + "![A](profile.svg)\n\n"
                    + "## Ça, c’est «bien»!\n\n"
                    + "## ?!\n"));
  }

  @Test
  void everyAnchorLinkHasItsTarget() {
    String page =
        page(
            "# Brief\n\n"
                + "See [the questions](#questions-to-ask).\n\n"
                + "## Questions to ask\n\n"
                + "#### Card\n");
    List<String> ids = ids(page);
    Matcher links = FRAGMENT_LINK.matcher(page);
    int count = 0;
    while (links.find()) {
      assertThat(ids).contains(links.group(1));
      count++;
    }
    assertThat(count).isEqualTo(4);
  }

  @Test
  void aHeadingHoldingALinkIsNotWrappedInAnother() {
    assertThat(body(page("## See [x](https://example.org)\n")))
        .isEqualTo("<h2 id=\"see-x\">See <a href=\"https://example.org\">x</a></h2>\n");
  }

  @Test
  void aCardIsItsHeadingAndWhatFollowsUpToTheNextHeadingOrRule() {
    String body =
        body(
            page(
                "### Line\n\n"
                    + "#### 1. Tag\n\n"
                    + "Cite.\n\n"
                    + "> “**warrant**”\n\n"
                    + "#### 2. Tag\n\n"
                    + "More.\n\n"
                    + "---\n\n"
                    + "After.\n"));
    assertThat(body)
        .isEqualTo(
            "<h3 id=\"line\"><a class=\"self\" href=\"#line\">Line</a></h3>\n"
                + "<section class=\"card\">\n"
                + "<h4 id=\"1-tag\"><a class=\"self\" href=\"#1-tag\">1. Tag</a></h4>\n"
                + "<p>Cite.</p>\n"
                + "<blockquote>\n<p>“<strong>warrant</strong>”</p>\n</blockquote>\n"
                + "</section>\n"
                + "<section class=\"card\">\n"
                + "<h4 id=\"2-tag\"><a class=\"self\" href=\"#2-tag\">2. Tag</a></h4>\n"
                + "<p>More.</p>\n"
                + "</section>\n"
                + "<hr />\n<p>After.</p>\n");
  }

  @Test
  void quotesAreBodySizeAndTheirBoldIsUnderlined() {
    assertThat(page("x\n"))
        .containsPattern("blockquote \\{[^}]*font-size: inherit;")
        .containsPattern("blockquote strong \\{[^}]*text-decoration: underline;");
  }

  @Test
  void tablesKeepTheirRowsWholeAndRepeatTheirHeader() {
    String page = page("| A | B |\n|---|---|\n| 1 | 2 |\n");
    assertThat(body(page)).contains("<table>\n<thead>\n<tr>\n<th>A</th>");
    assertThat(page)
        .containsPattern("tr \\{[^}]*break-inside: avoid;")
        .contains("thead { display: table-header-group; }");
  }

  @Test
  void thePageLoadsNothingAndRunsNothing() {
    String page = page("# T\n\n![A](profile.svg)\n\n[x](https://example.org)\n");
    assertThat(page.toLowerCase(Locale.ROOT))
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("@import")
        .doesNotContain("@font-face")
        .doesNotContain(" src=")
        .doesNotContain("xlink:href");
    assertThat(page)
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"
                + " 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">");
    // url(…) only ever points into the page (an SVG clip path).
    Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(page);
    while (urls.find()) {
      assertThat(urls.group(1)).startsWith("#");
    }
  }

  @Test
  void theSameDocumentGivesTheSameBytes() {
    String markdown = "# T\n\n## A\n\n#### Card\n\n![A](profile.svg)\n\n[x](doi:10.1/2)\n";
    assertThat(page(markdown)).isEqualTo(page(markdown));
  }

  static List<String> ids(String page) {
    List<String> ids = new ArrayList<>();
    Matcher m = ID.matcher(page);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static List<String> duplicates(List<String> ids) {
    return ids.stream().filter(id -> ids.indexOf(id) != ids.lastIndexOf(id)).distinct().toList();
  }
}
