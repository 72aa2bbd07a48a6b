package dev.podium.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every committed handout is one page in A4 and in Letter, and not a page with a third of it empty:
 * its body text runs past two thirds of the page's height. A speaker with less on file than a page
 * holds (fewer than {@value #FULL_PAGE_WORDS} words in all, profile and records) gets a shorter
 * page rather than padding.
 */
class HandoutPageTest {
  /** Below the header band and above the footer band: where the brief's own text lies. */
  private static final float FOOTER_BAND = 60f;

  /** A handout with fewer words than this has shown all there is to show: see the class comment. */
  static final int FULL_PAGE_WORDS = 300;

  static Stream<Object[]> handoutsOnEachPaper() throws IOException {
    List<Path> handouts;
    try (Stream<Path> files = Files.walk(Path.of("briefs"))) {
      handouts =
          files.filter(f -> f.getFileName().toString().equals("handout.md")).sorted().toList();
    }
    assertThat(handouts).hasSizeGreaterThanOrEqualTo(4);
    return handouts.stream()
        .flatMap(h -> Stream.of(new Object[] {h, Paper.A4}, new Object[] {h, Paper.LETTER}));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("handoutsOnEachPaper")
  void isOneFullPage(Path handout, Paper paper) throws IOException {
    String markdown = Files.readString(handout);
    byte[] pdf = new PdfTypesetter().typeset(markdown, settings(paper, handout.getParent())).pdf();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).as("%s on %s: pages", handout, paper).isEqualTo(1);
      if (markdown.strip().split("\\s+").length < FULL_PAGE_WORDS) {
        return;
      }
      float height = doc.getPage(0).getMediaBox().getHeight();
      float lowest = lowestBodyText(doc, height);
      assertThat(lowest)
          .as("%s on %s: the body text reaches two thirds down the page", handout, paper)
          .isGreaterThan(height * 2 / 3);
    }
  }

  /** How far down the page (from its top) the lowest glyph of the body text sits. */
  private static float lowestBodyText(PDDocument doc, float height) throws IOException {
    float[] lowest = {0};
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
              float fromTop = p.getYDirAdj();
              if (fromTop < height - FOOTER_BAND) {
                lowest[0] = Math.max(lowest[0], fromTop);
              }
            }
          }
        };
    stripper.getText(doc);
    return lowest[0];
  }

  private static PdfSettings settings(Paper paper, Path folder) {
    return new PdfSettings(
        paper,
        null,
        "Speaker",
        "Motion",
        List.of(),
        "Podium test",
        "Speaker",
        "Motion",
        LocalDate.of(2026, 5, 17),
        List.of(),
        folder,
        Map.of());
  }
}
