package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.PdfFile;
import dev.podium.TestSeeds;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Charts on the command line: written beside the Markdown as SVG, linked from it with alt text in
 * words, drawn into the PDF, left out with --no-charts, and never in the handout.
 */
class ChartsTest {
  private static final String SECOND_SPEAKER = "src/test/resources/fixtures/second-speaker/seeds";
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  @TempDir Path out;

  /** An image in a Markdown document: where it points, and its description as plain text. */
  record Picture(String destination, String description) {}

  private static List<Picture> pictures(Path markdown) throws Exception {
    List<Picture> pictures = new ArrayList<>();
    PARSER
        .parse(Files.readString(markdown))
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Image image) {
                StringBuilder text = new StringBuilder();
                image.accept(
                    new AbstractVisitor() {
                      @Override
                      public void visit(Text t) {
                        text.append(t.getLiteral());
                      }
                    });
                pictures.add(new Picture(image.getDestination(), text.toString()));
              }
            });
    return pictures;
  }

  private static List<String> svgTexts(Path svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList texts =
        factory
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(Files.readString(svg))))
            .getElementsByTagName("text");
    List<String> result = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      result.add(texts.item(i).getTextContent());
    }
    return result;
  }

  /**
   * The text drawn inside the forms of every page, page by page: the chart is drawn where the brief
   * reaches its evidence profile, which is no longer the first page.
   */
  private static List<String> formTextsOnEveryPage(PdfFile pdf) {
    List<String> texts = new ArrayList<>();
    for (int page = 0; page < pdf.pageCount(); page++) {
      texts.addAll(pdf.formTexts(page));
    }
    return texts;
  }

  private MainTest.Run podium(String... args) {
    MainTest.Run run = MainTest.podium(args);
    assertThat(run.code()).as(run.err()).isZero();
    return run;
  }

  @Test
  void moderatorAndOpponentBriefsLinkOneEvidenceProfileAndTheHandoutNone() throws Exception {
    podium("brief", "--kind", "all", "--out", out.toString());
    Path dir = out.resolve("fazl-barez/ai-autonomy-over-life");
    for (String kind : List.of("moderator", "opponent")) {
      List<Picture> pictures = pictures(dir.resolve(kind + ".md"));
      assertThat(pictures)
          .as(kind)
          .extracting(Picture::destination)
          .containsExactly("evidence-profile.svg");
      assertThat(pictures.get(0).description())
          .startsWith(
              "Evidence profile, 2022–2026. Records on file that carry a stance: 25; by him: 9;")
          .contains(
              "Governance, policy and standards (8), by him 3, not known 5: in 2023, 1 (1 by him);"
                  + " in 2024, 2 (1 by him, 1 not known);");
    }
    assertThat(pictures(dir.resolve("handout.md"))).isEmpty();
    assertThat(svgTexts(dir.resolve("evidence-profile.svg")))
        .contains(
            "Deception and hidden behaviour (5)",
            "Limits of unlearning and safety training (5)",
            "Governance, policy and standards (8)",
            "2022",
            "2026");
    assertThat(new PdfFile(Files.readAllBytes(dir.resolve("opponent.pdf"))).rasterImageCount())
        .isZero();
  }

  @Test
  void noChartsLeavesOutTheSvgTheImageAndTheDrawing() throws Exception {
    MainTest.Run run = podium("brief", "--no-charts", "--out", out.toString());
    Path dir = out.resolve("fazl-barez/ai-autonomy-over-life");
    assertThat(run.out().lines()).hasSize(2).noneMatch(l -> l.endsWith(".svg"));
    assertThat(Files.exists(dir.resolve("evidence-profile.svg"))).isFalse();
    assertThat(pictures(dir.resolve("moderator.md"))).isEmpty();
    PdfFile pdf = new PdfFile(Files.readAllBytes(dir.resolve("moderator.pdf")));
    assertThat(formTextsOnEveryPage(pdf)).isNotEmpty().noneMatch(t -> t.contains("2024"));
  }

  @Test
  void aPdfAloneHasTheChartDrawnInItAndNoSvgBeside() throws Exception {
    MainTest.Run run = podium("brief", "--format", "pdf", "--out", out.toString());
    assertThat(run.out().lines()).hasSize(1);
    PdfFile pdf =
        new PdfFile(
            Files.readAllBytes(out.resolve("fazl-barez/ai-autonomy-over-life/moderator.pdf")));
    assertThat(formTextsOnEveryPage(pdf))
        .anyMatch(t -> t.contains("Governance, policy and standards (8)"));
  }

  @Test
  void thePanelPackShowsTheClashGridWithTheTablesWords() throws Exception {
    podium(
        "panel", "jana-novak", "alex-moreau", "--seeds", SECOND_SPEAKER, "--out", out.toString());
    Path dir = out.resolve("panels/ai-autonomy-over-life");
    assertThat(pictures(dir.resolve("jana-novak_alex-moreau.md")))
        .containsExactly(
            new Picture(
                "jana-novak_alex-moreau-clash-grid.svg",
                "The table below as a grid: 2 stances by 2 speakers, 2 of the stances in clash."));
    assertThat(svgTexts(dir.resolve("jana-novak_alex-moreau-clash-grid.svg")))
        .containsExactlyInAnyOrder(
            "Jana Nováková",
            "Alex Moreau",
            "Deception and hidden behaviour (clash)",
            "Governance, policy and standards (clash)",
            "against (2)",
            "for (1)",
            "against (1)",
            "for (2)");
    PdfFile pdf = new PdfFile(Files.readAllBytes(dir.resolve("jana-novak_alex-moreau.pdf")));
    assertThat(pdf.formTexts(0))
        .anyMatch(t -> t.contains("against (2)") && t.contains("Alex Moreau"));

    Path bare = out.resolve("bare");
    podium(
        "panel",
        "jana-novak",
        "alex-moreau",
        "--no-charts",
        "--seeds",
        SECOND_SPEAKER,
        "--out",
        bare.toString());
    assertThat(pictures(bare.resolve("panels/ai-autonomy-over-life/jana-novak_alex-moreau.md")))
        .isEmpty();
    assertThat(Files.list(bare.resolve("panels/ai-autonomy-over-life")))
        .noneMatch(p -> p.toString().endsWith(".svg"));
  }

  @Test
  void aStanceLabelFullOfBracketsStaysInsideTheAltTextAndPrintsAsItIsInTheChart() throws Exception {
    Path seeds = TestSeeds.copy(out);
    String label = "Deception] [hidden [x](javascript:alert(1)) ![y](z.png) behaviour";
    TestSeeds.edit(
        seeds.resolve("stances.yaml"),
        "label: \"Deception and hidden behaviour\"",
        "label: \"" + label + "\"");
    podium("brief", "--seeds", seeds.toString(), "--out", out.resolve("o").toString());
    Path dir = out.resolve("o/fazl-barez/ai-autonomy-over-life");
    List<Picture> pictures = pictures(dir.resolve("moderator.md"));
    assertThat(pictures).extracting(Picture::destination).containsExactly("evidence-profile.svg");
    assertThat(pictures.get(0).description()).contains(label + " (5), by him 2, not known 3:");
    assertThat(svgTexts(dir.resolve("evidence-profile.svg")))
        .anyMatch(t -> t.startsWith("Deception]"));
  }

  @Test
  void aCharacterTheChartFontLacksIsReplacedVisiblyAndReported() throws Exception {
    Path seeds = TestSeeds.copy(out);
    TestSeeds.edit(
        seeds.resolve("stances.yaml"),
        "label: \"Deception and hidden behaviour\"",
        "label: \"Deception 欺骗\"");
    MainTest.Run run =
        podium("brief", "--seeds", seeds.toString(), "--out", out.resolve("o").toString());
    Path dir = out.resolve("o/fazl-barez/ai-autonomy-over-life");
    assertThat(run.err())
        .contains("moderator.md: warning: the chart font has no '欺' (U+6B3A)")
        .contains("the chart font has no '骗' (U+9A97)");
    assertThat(svgTexts(dir.resolve("evidence-profile.svg")))
        .anyMatch(t -> t.startsWith("Deception ") && !t.contains("欺") && t.length() > 10);
    // The Markdown keeps the words as they are; only the drawing needs the substitute.
    assertThat(pictures(dir.resolve("moderator.md")).get(0).description())
        .contains("Deception 欺骗 (5)");
  }

  @Test
  void aChartUsesAnAddedFontThatHasEveryCharacterInBothSvgAndPdf() throws Exception {
    Path seeds = TestSeeds.copy(out);
    TestSeeds.edit(
        seeds.resolve("stances.yaml"),
        "label: \"Deception and hidden behaviour\"",
        "label: \"Deception ₿\"");
    Path font = out.resolve("LiberationSans-Regular.ttf");
    try (var in = ChartsTest.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
      Files.copy(in, font);
    }
    MainTest.Run run =
        podium(
            "brief",
            "--seeds",
            seeds.toString(),
            "--font",
            font.toString(),
            "--out",
            out.resolve("o").toString());
    Path dir = out.resolve("o/fazl-barez/ai-autonomy-over-life");
    assertThat(run.err()).doesNotContain("warning:");
    assertThat(svgTexts(dir.resolve("evidence-profile.svg"))).contains("Deception ₿ (5)", "2024");
    assertThat(Files.readString(dir.resolve("evidence-profile.svg"))).contains("Liberation Sans");
    PdfFile pdf = new PdfFile(Files.readAllBytes(dir.resolve("moderator.pdf")));
    assertThat(formTextsOnEveryPage(pdf)).anyMatch(t -> t.contains("Deception ₿ (5)"));
    assertThat(pdf.fonts()).anyMatch(f -> f.name().endsWith("LiberationSans") && f.embedded());
  }
}
