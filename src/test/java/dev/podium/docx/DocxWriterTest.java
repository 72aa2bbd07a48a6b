package dev.podium.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.typeset.Paper;
import dev.podium.typeset.TypesetException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * The DOCX as Word reads it: styles on the right paragraphs and runs, pictures, metadata, bytes.
 */
class DocxWriterTest {
  private static final LocalDate DATE = LocalDate.of(2026, 5, 17);

  private static final String CARD =
      """
      # Brief

      ## Lines

      ### 1. A line

      #### 1. Models can deceive.

      **Ann Author and Fazl Barez (2025; Fazl Barez: Fellow).** “A Title”, 20 May 2025. [arxiv.org/abs/1](https://arxiv.org/abs/1) [1]

      *His own work*

      > “Some context. **Our findings show that models can deceive.** More context.”

      ## Sources

      [1] A. Author and F. Barez, “A Title,” May 20, 2025, arXiv.
      """;

  @Test
  void eachHeadingLevelTakesItsVerbatimStyle() {
    XWPFDocument doc = read(write("# P\n\n## H\n\n### B\n\n#### T\n\n##### Five\n"));
    assertThat(doc.getParagraphs())
        .extracting(XWPFParagraph::getStyle)
        .containsExactly("Pocket", "Hat", "Block", "Tag", "Heading5");
    assertThat(doc.getParagraphs())
        .extracting(XWPFParagraph::getText)
        .containsExactly("P", "H", "B", "T", "Five");
  }

  @Test
  void verbatimHeadingsAreBasedOnWordsHeadingsWhichCarryTheOutlineLevels() {
    XWPFDocument doc = read(write("# P\n"));
    String[] verbatim = {"Pocket", "Hat", "Block", "Tag"};
    for (int level = 1; level <= 4; level++) {
      XWPFStyle style = doc.getStyles().getStyle(verbatim[level - 1]);
      assertThat(style.getName()).isEqualTo(verbatim[level - 1]);
      assertThat(style.getBasisStyleID()).isEqualTo("Heading" + level);
      XWPFStyle heading = doc.getStyles().getStyle("Heading" + level);
      assertThat(heading.getName()).isEqualTo("heading " + level);
      assertThat(heading.getCTStyle().getPPr().getOutlineLvl().getVal())
          .isEqualTo(BigInteger.valueOf(level - 1));
    }
  }

  @Test
  void aCardHasItsTagCiteHeadLabelAndWarrantUnderlinedAndHighlighted() {
    XWPFDocument doc = read(write(CARD));
    List<XWPFParagraph> paragraphs = doc.getParagraphs();
    XWPFParagraph tag = paragraph(doc, "1. Models can deceive.");
    assertThat(tag.getStyle()).isEqualTo("Tag");

    XWPFParagraph cite = paragraphs.get(paragraphs.indexOf(tag) + 1);
    assertThat(cite.getRuns().get(0).getStyle()).isEqualTo("Cite");
    assertThat(cite.getRuns().get(0).text())
        .isEqualTo("Ann Author and Fazl Barez (2025; Fazl Barez: Fellow).");
    assertThat(cite.getRuns().get(1).getStyle()).isEmpty();
    assertThat(cite.getRuns())
        .filteredOn(r -> r instanceof XWPFHyperlinkRun)
        .singleElement()
        .satisfies(
            r ->
                assertThat(((XWPFHyperlinkRun) r).getHyperlink(doc).getURL())
                    .isEqualTo("https://arxiv.org/abs/1"));
    assertThat(cite.isKeepNext()).as("the cite line keeps with the quote").isTrue();
    XWPFStyle citeStyle = doc.getStyles().getStyle("Cite");
    assertThat(citeStyle.getCTStyle().getRPr().sizeOfBArray()).isEqualTo(1);

    XWPFParagraph label = paragraphs.get(paragraphs.indexOf(tag) + 2);
    assertThat(label.getText()).isEqualTo("His own work");
    assertThat(label.getRuns().get(0).isItalic()).isTrue();

    XWPFParagraph quote = paragraphs.get(paragraphs.indexOf(tag) + 3);
    assertThat(quote.getStyle()).as("card text is body text").isEqualTo("Normal");
    assertThat(quote.getText())
        .isEqualTo("“Some context. Our findings show that models can deceive. More context.”");
    List<XWPFRun> warrant =
        quote.getRuns().stream().filter(r -> "Emphasis".equals(r.getStyle())).toList();
    assertThat(warrant)
        .extracting(XWPFRun::text)
        .containsExactly("Our findings show that models can deceive.");
    assertThat(warrant.get(0).getTextHighlightColor()).isEqualTo(STHighlightColor.YELLOW);
    assertThat(quote.getRuns())
        .filteredOn(r -> !warrant.contains(r))
        .allSatisfy(
            r -> {
              assertThat(r.isHighlighted()).isFalse();
              assertThat(r.getStyle()).isEmpty();
            });
    XWPFStyle emphasis = doc.getStyles().getStyle("Emphasis");
    assertThat(emphasis.getCTStyle().getRPr().getUArray(0).getVal()).isEqualTo(STUnderline.SINGLE);
    assertThat(doc.getStyles().getStyle("Underline").getCTStyle().getRPr().getUArray(0).getVal())
        .isEqualTo(STUnderline.SINGLE);

    assertThat(
            paragraph(doc, "[1] A. Author and F. Barez, “A Title,” May 20, 2025, arXiv.")
                .getStyle())
        .isEqualTo("Normal");
  }

  @Test
  void aQuoteOutsideACardIsAQuoteAndBoldOutsideAQuoteIsJustBold() {
    XWPFDocument doc =
        read(
            write(
                "## Stand\n\n"
                    + "**What the profile says.** In its words:\n\n"
                    + "> “likely **arguing** that”\n"));
    XWPFParagraph said = paragraph(doc, "What the profile says. In its words:");
    assertThat(said.getRuns().get(0).isBold()).isTrue();
    assertThat(said.getRuns().get(0).getStyle()).isEmpty();
    assertThat(said.isKeepNext()).isFalse();
    XWPFParagraph quote = paragraph(doc, "“likely arguing that”");
    assertThat(quote.getStyle()).isEqualTo("Quote");
    assertThat(quote.getRuns().get(1).getStyle()).isEqualTo("Emphasis");
  }

  @Test
  void listsAreNumberedAndEachOrderedListCountsFromItsOwnStart() {
    XWPFDocument doc =
        read(write("- one\n- two\n  - nested\n\n1. first\n2. second\n\ntext\n\n3. third\n"));
    XWPFParagraph one = paragraph(doc, "one");
    XWPFParagraph nested = paragraph(doc, "nested");
    assertThat(one.getStyle()).isEqualTo("ListParagraph");
    assertThat(one.getNumIlvl()).isEqualTo(BigInteger.ZERO);
    assertThat(nested.getNumIlvl()).isEqualTo(BigInteger.ONE);
    assertThat(paragraph(doc, "two").getNumID()).isEqualTo(one.getNumID());
    assertThat(doc.getNumbering().getNum(one.getNumID()).getCTNum().getLvlOverrideList()).isEmpty();

    BigInteger first = paragraph(doc, "first").getNumID();
    BigInteger third = paragraph(doc, "third").getNumID();
    assertThat(first).isNotEqualTo(one.getNumID()).isNotEqualTo(third);
    assertThat(paragraph(doc, "second").getNumID()).isEqualTo(first);
    assertThat(start(doc, first)).isEqualTo(1);
    assertThat(start(doc, third)).isEqualTo(3);
    assertThat(paragraph(doc, "text").getNumID()).isNull();
  }

  @Test
  void aTableHasItsHeaderRowBoldAndRepeatedAndColumnsThatFitTheText() {
    XWPFDocument doc =
        read(
            write(
                "| Source | Title |\n"
                    + "|---|---|\n"
                    + "| [1] | Large Language Models Relearn Removed Concepts |\n"));
    XWPFTable table = doc.getTables().get(0);
    assertThat(table.getNumberOfRows()).isEqualTo(2);
    assertThat(table.getRow(0).isRepeatHeader()).isTrue();
    assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold())
        .isTrue();
    assertThat(table.getRow(1).getCell(1).getText())
        .isEqualTo("Large Language Models Relearn Removed Concepts");
    assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getStyle()).isEqualTo("TableText");
    int[] grid =
        table.getCTTbl().getTblGrid().getGridColList().stream()
            .mapToInt(c -> ((BigInteger) c.getW()).intValue())
            .toArray();
    assertThat(grid[1]).isGreaterThan(grid[0]);
    assertThat(grid[0] + grid[1]).isLessThanOrEqualTo(Math.round((Paper.A4.width() - 144) * 20));
  }

  @Test
  void onlyWebAndMailLinksBecomeHyperlinks() {
    XWPFDocument doc =
        read(
            write(
                "[safe](https://example.org/a) and [unsafe](javascript:alert(1)) and"
                    + " <mailto:a@b.org>\n"));
    XWPFParagraph p = doc.getParagraphs().get(0);
    assertThat(p.getText()).isEqualTo("safe and unsafe and mailto:a@b.org");
    assertThat(p.getRuns())
        .filteredOn(r -> r instanceof XWPFHyperlinkRun)
        .extracting(r -> ((XWPFHyperlinkRun) r).getHyperlink(doc).getURL())
        .containsExactly("https://example.org/a", "mailto:a@b.org");
  }

  @Test
  void aChartIsAPictureDescribedByItsAltTextAndNoWiderThanTheText() {
    Picture wide = new Picture(png(), 600, 300);
    byte[] docx =
        write(
            "![Evidence profile: 25 records.](evidence-profile.svg)\n",
            Map.of("evidence-profile.svg", wide));
    XWPFDocument doc = read(docx);
    List<XWPFPicture> pictures = doc.getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures();
    assertThat(pictures)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getDescription()).isEqualTo("Evidence profile: 25 records.");
              assertThat(p.getPictureData().getData()).isEqualTo(wide.png());
              assertThat(p.getWidth())
                  .isEqualTo(
                      Units.toPoints(Units.toEMU(Paper.A4.width() - 144)),
                      org.assertj.core.api.Assertions.within(0.01));
            });
    CTInline inline =
        doc.getParagraphs().get(0).getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0);
    assertThat(inline.getDocPr().getDescr()).isEqualTo("Evidence profile: 25 records.");
  }

  @Test
  void anImageThatIsNotAChartAndHtmlAreErrorsAtTheirPlace() {
    assertThatThrownBy(() -> write("text\n\n![logo](logo.png)\n"))
        .isInstanceOf(TypesetException.class)
        .hasMessage(
            "image 'logo.png' is not a chart of this document; the DOCX shows only its charts")
        .satisfies(e -> assertThat(((TypesetException) e).line()).isEqualTo(3));
    assertThatThrownBy(() -> write("text\n\n<div>x</div>\n"))
        .isInstanceOf(TypesetException.class)
        .hasMessage("the DOCX writer does not support an HTML block (HtmlBlock)");
  }

  @Test
  void theSameDocumentGivesTheSameBytesDatedWithTheDataAndNoRevisionIds() throws IOException {
    byte[] first = write(CARD);
    assertThat(write(CARD)).isEqualTo(first);

    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        names.add(entry.getName());
        assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 5, 17, 0, 0));
        String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(xml).doesNotContain("w:rsid");
      }
    }
    assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
    assertThat(names.subList(1, names.size())).isSorted();

    var core = read(first).getProperties().getCoreProperties();
    assertThat(core.getCreated().toInstant()).hasToString("2026-05-17T00:00:00Z");
    assertThat(core.getModified().toInstant()).hasToString("2026-05-17T00:00:00Z");
    assertThat(core.getTitle()).isEqualTo("Brief");
    assertThat(core.getCreator()).isEqualTo("Dr Ann Speaker");
    assertThat(core.getSubject()).isEqualTo("A motion.");
    assertThat(core.getKeywords()).isEqualTo("Deception; Governance, policy and standards");
    assertThat(read(first).getProperties().getExtendedProperties().getApplication())
        .isEqualTo("Podium test");
  }

  private static byte[] write(String markdown) {
    return write(markdown, Map.of());
  }

  private static byte[] write(String markdown, Map<String, Picture> pictures) {
    DocxSettings settings =
        new DocxSettings(
            Paper.A4,
            "Dr Ann Speaker",
            "A motion.",
            List.of("Deception", "Governance, policy and standards"),
            "Podium test",
            DATE,
            "en",
            pictures);
    return new DocxWriter().write(markdown, settings);
  }

  static XWPFDocument read(byte[] docx) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(docx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    return doc.getParagraphs().stream()
        .filter(p -> p.getText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph '" + text + "'"));
  }

  private static int start(XWPFDocument doc, BigInteger numId) {
    var overrides = doc.getNumbering().getNum(numId).getCTNum().getLvlOverrideList();
    return overrides.get(0).getStartOverride().getVal().intValue();
  }

  private static byte[] png() {
    BufferedImage image = new BufferedImage(12, 6, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
