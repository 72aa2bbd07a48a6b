package dev.podium.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.PdfFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardSectionTest {
  private static final String HEADING = "4. Retraining reduces tampering";
  private static final String CARD_END = "Card ends here.";

  @TempDir Path folder;

  /** A card as a brief sets it: a level-4 heading, a cite line, a label line and a quote. */
  private static String card(int quoteSentences) {
    String quote =
        IntStream.rangeClosed(1, quoteSentences)
            .mapToObj(i -> "Sentence " + i + " of the quoted abstract runs on for a while longer.")
            .collect(Collectors.joining(" "));
    return "#### "
        + HEADING
        + "\n\n**4.** Retraining reduced reward tampering but did not eliminate it. [4]\n\n"
        + "*Source:* Denison and others, 2024.\n\n"
        + "> “"
        + quote
        + " "
        + CARD_END
        + "” [4]\n\n";
  }

  private static String filler(int paragraphs) {
    return "# Brief\n\n### Theme\n\n"
        + IntStream.rangeClosed(1, paragraphs)
            .mapToObj(i -> "Filler paragraph " + i + " of the brief.")
            .collect(Collectors.joining("\n\n"))
        + "\n\n";
  }

  private List<String> pages(String markdown) {
    return new PdfFile(TypesetFixture.typeset(markdown, TypesetFixture.settings(folder)))
        .pages().stream().map(PdfFile::flat).toList();
  }

  private static int pageOf(List<String> pages, String text) {
    return IntStream.range(0, pages.size())
        .filter(p -> pages.get(p).contains(text))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCardThatWouldStraddleAPageBreakStartsOnTheNextPage() {
    int moved = 0;
    // Each filler paragraph moves the card down by less than a line pair, so some of these
    // leave room for the heading and a few lines (enough for keep-with-next) but not the card.
    for (int fill = 20; fill <= 36; fill++) {
      String markdown = filler(fill) + card(6) + "## Next section\n\nMore text.\n";
      List<String> pages = pages(markdown);
      int start = pageOf(pages, HEADING);
      assertThat(pages.get(start)).as("fill %d", fill).contains(CARD_END);
      if (start > 0 && roomAtFoot(markdown, start - 1) > 90f) {
        moved++;
      }
    }
    assertThat(moved).as("cards moved although their heading fitted").isPositive();
  }

  @Test
  void aCardLongerThanAPageFlowsOnFromWhereItIs() {
    List<String> pages = pages(filler(20) + card(90));
    assertThat(pageOf(pages, HEADING)).isEqualTo(pageOf(pages, "Filler paragraph 20 "));
    assertThat(pageOf(pages, CARD_END)).isGreaterThan(pageOf(pages, HEADING));
  }

  @Test
  void aCardEndsAtAThematicBreak() {
    String after =
        IntStream.rangeClosed(1, 40)
            .mapToObj(i -> "After the break " + i + ".")
            .collect(Collectors.joining("\n\n"));
    List<String> pages = pages(filler(20) + card(2) + "---\n\n" + after + "\n");
    assertThat(pageOf(pages, HEADING)).isZero();
    assertThat(pages.get(0)).contains(CARD_END);
  }

  @Test
  void otherHeadingsStillOnlyKeepWithTheirFirstLines() {
    String section = card(6).replaceFirst("#### ", "### ");
    for (int fill = 20; fill <= 36; fill++) {
      List<String> pages = pages(filler(fill) + section);
      if (pageOf(pages, HEADING) != pageOf(pages, CARD_END)) {
        return;
      }
    }
    throw new AssertionError("a level-3 section never straddled a page break");
  }

  /** The height between the lowest text on a page and the bottom margin, in points. */
  private float roomAtFoot(String markdown, int page) {
    byte[] pdf = TypesetFixture.typeset(markdown, TypesetFixture.settings(folder));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Float> baselines = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              // The footer sits below the margin; only the text block counts.
              if (text.getYDirAdj() < doc.getPage(page).getMediaBox().getHeight() - 66f) {
                baselines.add(text.getYDirAdj());
              }
            }
          };
      stripper.setStartPage(page + 1);
      stripper.setEndPage(page + 1);
      stripper.getText(doc);
      float lowest = baselines.stream().max(Float::compare).orElse(0f);
      return doc.getPage(page).getMediaBox().getHeight() - 66f - lowest;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
