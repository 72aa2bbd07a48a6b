package dev.podium.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.PdfFile;
import dev.podium.PdfFile.OutlineEntry;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTypesetterTest {
  private static final LocalDate DATE = LocalDate.of(2026, 4, 24);
  private static PdfTypesetter typesetter;

  @TempDir Path folder;

  @BeforeAll
  static void loadFonts() {
    typesetter = new PdfTypesetter();
  }

  private PdfSettings settings() {
    return settings(Paper.A4, List.of());
  }

  private PdfSettings settings(Paper paper, List<Path> fallbackFonts) {
    return new PdfSettings(
        paper,
        null,
        "Ondřej Dušek",
        "A motion about ½ of everything",
        List.of("Deception", "Governance"),
        "Podium 9.9.9",
        "Ondřej Dušek",
        "Short motion",
        DATE,
        fallbackFonts,
        folder,
        Map.of());
  }

  private TypesetResult typeset(String markdown) {
    return typesetter.typeset(markdown, settings());
  }

  private PdfFile pdf(String markdown) {
    TypesetResult result = typeset(markdown);
    assertThat(result.missingGlyphs()).isEmpty();
    return new PdfFile(result.pdf());
  }

  private String everyNode() throws IOException {
    writeImage("square.png", "png");
    writeImage("photo.jpg", "jpg");
    try (InputStream in = getClass().getResourceAsStream("/typeset/every-node.md")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void writeImage(String name, String format) throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    image.createGraphics().fillRect(5, 5, 20, 10);
    ImageIO.write(image, format, folder.resolve(name).toFile());
  }

  @Test
  void aDocumentWithEverySupportedNodeRendersAllItsText() throws IOException {
    PdfFile pdf = pdf(everyNode());
    assertThat(pdf.text())
        .contains("Ondřej Dušek and Sören Mindermann")
        .contains("Plain text with emphasis, strong, both, inline code and a link;")
        .contains("a soft break here and a hard break here")
        .contains("Greek: Καλημέρα κόσμε. Cyrillic: Привет, мир.")
        .contains("first bullet", "nested one", "deeper still", "third bullet")
        .contains("3. ordered three", "4. ordered four", "loose second")
        .contains("“A quoted finding.” [1]", "A second quoted paragraph.")
        .contains("# Name Note", "1 Ondřej centred", "2 Sören right-aligned")
        .contains("A reference link and an image", "An inline", "image.")
        .contains("int x = 1;", "tabbed();", "indented code");
    assertThat(pdf.text()).doesNotContain("[ref]").doesNotContain("```");
  }

  @Test
  void everyFontIsEmbeddedAndComesFromTheBundledFamily() throws IOException {
    List<PdfFile.Font> fonts = pdf(everyNode()).fonts();
    assertThat(fonts).allMatch(PdfFile.Font::embedded);
    assertThat(fonts.stream().map(f -> f.name().substring(f.name().indexOf('+') + 1)))
        .containsOnly(
            "DejaVuSerif",
            "DejaVuSerif-Bold",
            "DejaVuSerif-Italic",
            "DejaVuSerif-BoldItalic",
            "DejaVuSansMono");
    assertThat(fonts).allMatch(f -> f.name().matches("[A-Z]{6}\\+.+"), "subset-tagged");
  }

  @Test
  void linksAreClickableOnlyForWebMailAndDoiTargets() {
    PdfFile pdf =
        pdf(
            "[web](https://example.org/a) [plain](http://example.org/b)"
                + " [mail](mailto:someone@example.org) [doi](doi:10.1000/xyz)"
                + " [script](javascript:alert) [file](notes/page.html) and"
                + " https://example.com/auto\n");
    assertThat(pdf.links())
        .containsExactly(
            "https://example.org/a",
            "http://example.org/b",
            "mailto:someone@example.org",
            "https://doi.org/10.1000/xyz",
            "https://example.com/auto");
    assertThat(pdf.text()).contains("script file");
  }

  @Test
  void theOutlineFollowsTheHeadings() throws IOException {
    assertThat(pdf(everyNode()).outline())
        .containsExactly(
            new OutlineEntry(0, "Ondřej Dušek and Sören Mindermann"),
            new OutlineEntry(1, "Lists"),
            new OutlineEntry(2, "Quotes"),
            new OutlineEntry(3, "Table"));
  }

  @Test
  void metadataComesFromTheSettingsAndTheFirstHeading() throws IOException {
    PdfFile pdf = pdf(everyNode());
    var info = pdf.info();
    assertThat(info.getTitle()).isEqualTo("Ondřej Dušek and Sören Mindermann");
    assertThat(info.getAuthor()).isEqualTo("Ondřej Dušek");
    assertThat(info.getSubject()).isEqualTo("A motion about ½ of everything");
    assertThat(info.getKeywords()).isEqualTo("Deception; Governance");
    assertThat(info.getCreator()).isEqualTo("Podium 9.9.9");
    Calendar midnight = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    midnight.clear();
    midnight.set(2026, Calendar.APRIL, 24);
    assertThat(info.getCreationDate().getTimeInMillis()).isEqualTo(midnight.getTimeInMillis());
    assertThat(info.getModificationDate().getTimeInMillis()).isEqualTo(midnight.getTimeInMillis());
  }

  @Test
  void anExplicitTitleWinsOverTheHeading() {
    PdfSettings s = settings();
    PdfSettings titled =
        new PdfSettings(
            s.paper(),
            "Given title",
            s.author(),
            s.subject(),
            s.keywords(),
            s.creator(),
            s.headerLeft(),
            s.headerRight(),
            s.date(),
            s.fallbackFonts(),
            s.imageRoot(),
            s.drawings());
    byte[] bytes = typesetter.typeset("# Heading\n", titled).pdf();
    assertThat(new PdfFile(bytes).info().getTitle()).isEqualTo("Given title");
  }

  @Test
  void pagesCarryTheRunningHeaderAndPageXOfY() {
    String longText =
        IntStream.rangeClosed(1, 120)
            .mapToObj(i -> "Paragraph " + i + " says something worth a line or two of text.")
            .collect(Collectors.joining("\n\n"));
    PdfFile pdf = pdf("# Title\n\n" + longText + "\n");
    int pages = pdf.pageCount();
    assertThat(pages).isGreaterThan(1);
    for (int p = 0; p < pages; p++) {
      assertThat(PdfFile.flat(pdf.pages().get(p)))
          .contains("Ondřej Dušek", "Short motion", "Page " + (p + 1) + " of " + pages);
    }
  }

  @Test
  void aLongTableRepeatsItsHeaderOnEveryPageAndKeepsRowsWhole() {
    String rows =
        IntStream.rangeClosed(1, 90)
            .mapToObj(
                i ->
                    "| "
                        + i
                        + " | row "
                        + i
                        + " first line | a longer note that wraps onto a second and a third line of"
                        + " its column, surely, when set, closing "
                        + i
                        + " mark |")
            .collect(Collectors.joining("\n"));
    PdfFile pdf = pdf("| Number | Name | Note |\n|---|---|---|\n" + rows + "\n");
    List<String> pages = pdf.pages();
    assertThat(pages).hasSizeGreaterThan(1);
    for (String page : pages) {
      assertThat(page).contains("Number Name Note");
    }
    for (int i = 1; i <= 90; i++) {
      String first = "row " + i + " first";
      String last = "closing " + i + " mark";
      int row = i;
      assertThat(pages)
          .as("row %d on one page", row)
          .anySatisfy(page -> assertThat(PdfFile.flat(page)).contains(first).contains(last));
    }
  }

  @Test
  void letterPaperIsLetterSized() {
    byte[] bytes = typesetter.typeset("Text.\n", settings(Paper.LETTER, List.of())).pdf();
    assertThat(new PdfFile(bytes).pageSize(0)).containsExactly(612f, 792f);
    assertThat(new PdfFile(typeset("Text.\n").pdf()).pageSize(0)).containsExactly(595.28f, 841.89f);
  }

  @Test
  void theSameInputGivesTheSameBytes() throws IOException {
    String markdown = everyNode();
    byte[] first = typeset(markdown).pdf();
    assertThat(typeset(markdown).pdf()).isEqualTo(first);
    assertThat(new PdfTypesetter().typeset(markdown, settings()).pdf()).isEqualTo(first);
  }

  @Test
  void documentsSetAtOnceOnNewThreadsGiveTheSameBytesAsOneAfterAnother() throws Exception {
    // A server sets each command's PDF on a new thread, with fonts parsed for an earlier one.
    String markdown = everyNode();
    byte[] first = typeset(markdown).pdf();
    byte[] other = typeset("Other text.\n").pdf();
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory());
    try {
      List<java.util.concurrent.Future<byte[]>> made = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String text = i % 2 == 0 ? markdown : "Other text.\n";
        made.add(threads.submit(() -> typeset(text).pdf()));
      }
      for (int i = 0; i < made.size(); i++) {
        assertThat(made.get(i).get()).isEqualTo(i % 2 == 0 ? first : other);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theFileIdFollowsTheContent() {
    String a = new PdfFile(typeset("One.\n").pdf()).fileId();
    String b = new PdfFile(typeset("Two.\n").pdf()).fileId();
    assertThat(a).hasSize(32).isNotEqualTo(b);
    assertThat(new PdfFile(typeset("One.\n").pdf()).fileId()).isEqualTo(a);
  }

  @Test
  void aCharacterNoFontHasIsReportedWhereItIsAndShownAsAReplacement() {
    TypesetResult result =
        typeset("# Title\n\nSome text with 中 here, and a\\_b 中 again.\n\n| x |\n|---|\n| 文 |\n");
    assertThat(result.missingGlyphs())
        .containsExactly(new MissingGlyph(0x4E2D, 3, 16), new MissingGlyph(0x6587, 7, 3));
    assertThat(result.missingGlyphs().get(0).character()).isEqualTo("中");
    assertThat(result.missingGlyphs().get(0).codePointLabel()).isEqualTo("U+4E2D");
    String text = new PdfFile(result.pdf()).text();
    assertThat(text)
        .contains("Some text with \uFFFD here, and a_b \uFFFD again.")
        .doesNotContain("中");
  }

  @Test
  void aCharacterInTheHeaderThatNoFontHasIsReportedAtLineZero() {
    PdfSettings s = settings();
    PdfSettings cjk =
        new PdfSettings(
            s.paper(),
            null,
            s.author(),
            s.subject(),
            s.keywords(),
            s.creator(),
            "王小明",
            s.headerRight(),
            s.date(),
            s.fallbackFonts(),
            s.imageRoot(),
            s.drawings());
    List<MissingGlyph> missing = typesetter.typeset("Text.\n", cjk).missingGlyphs();
    assertThat(missing).extracting(MissingGlyph::line).containsOnly(0);
    assertThat(missing).allMatch(MissingGlyph::inHeader).hasSize(3);
  }

  @Test
  void aFallbackFontCoversWhatTheBundledFontsLack() throws IOException {
    String markdown = "Priced in ₿ today.\n";
    assertThat(typeset(markdown).missingGlyphs())
        .extracting(MissingGlyph::codePoint)
        .containsExactly(0x20BF);

    Path liberation = folder.resolve("LiberationSans-Regular.ttf");
    try (InputStream in =
        getClass().getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
      Files.copy(in, liberation);
    }
    TypesetResult result = typesetter.typeset(markdown, settings(Paper.A4, List.of(liberation)));
    assertThat(result.missingGlyphs()).isEmpty();
    PdfFile pdf = new PdfFile(result.pdf());
    assertThat(pdf.text()).contains("Priced in ₿ today.");
    assertThat(pdf.fonts()).anyMatch(f -> f.name().endsWith("+LiberationSans") && f.embedded());
  }

  @Test
  void anUnusableFallbackFontIsAnErrorNamingTheFile() throws IOException {
    Path notAFont = Files.writeString(folder.resolve("broken.ttf"), "not a font");
    assertThatThrownBy(() -> typesetter.typeset("Text.\n", settings(Paper.A4, List.of(notAFont))))
        .isInstanceOf(TypesetException.class)
        .hasMessageContaining("broken.ttf")
        .hasMessageContaining("not a usable font");
  }

  @Test
  void anHtmlBlockIsAnErrorNamingTheNodeAndItsPlace() {
    assertThatThrownBy(() -> typeset("Intro.\n\n<div>raw</div>\n"))
        .isInstanceOfSatisfying(
            TypesetException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo("the PDF typesetter does not support an HTML block (HtmlBlock)");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(1);
            });
  }

  @Test
  void inlineHtmlIsAnErrorNamingTheNode() {
    assertThatThrownBy(() -> typeset("A <b>bold</b> word.\n"))
        .isInstanceOf(TypesetException.class)
        .hasMessageContaining("inline HTML (HtmlInline)");
  }

  @Test
  void imagesMustBeLocalPngOrJpegFilesInsideTheFolder() throws IOException {
    Files.writeString(folder.resolve("notes.txt"), "text");
    assertThatThrownBy(() -> typeset("![x](https://example.org/x.png)\n"))
        .hasMessageContaining("is not a local file");
    assertThatThrownBy(() -> typeset("![x](../outside.png)\n"))
        .hasMessageContaining("lies outside");
    assertThatThrownBy(() -> typeset("![x](missing.png)\n")).hasMessageContaining("not found");
    assertThatThrownBy(() -> typeset("![x](notes.txt)\n"))
        .hasMessageContaining("neither PNG nor JPEG");
  }

  @Test
  void anEmptyDocumentStillMakesAOnePagePdf() {
    assertThat(new PdfFile(typeset("").pdf()).pageCount()).isEqualTo(1);
  }

  @Test
  void aDrawingIsSetAsVectorsWithItsTextInTheEmbeddedFonts() {
    java.awt.Font awt = new java.awt.Font("DejaVu Serif", java.awt.Font.PLAIN, 12);
    Drawing drawing =
        new Drawing(
            900,
            300,
            (g, area) -> {
              g.setColor(java.awt.Color.BLUE);
              g.fill(new java.awt.geom.Rectangle2D.Double(10, 10, 300, 100));
              g.setColor(java.awt.Color.BLACK);
              g.setFont(awt);
              g.drawString("Vector label 2025", 20, 200);
            });
    PdfSettings settings = settings().withDrawings(Map.of("chart.svg", drawing));
    PdfFile pdf =
        new PdfFile(
            typesetter.typeset("Before.\n\n![A chart](chart.svg)\n\nAfter.\n", settings).pdf());
    assertThat(pdf.formTexts(0)).contains("Vector label 2025");
    assertThat(pdf.text()).contains("Before.").contains("After.").doesNotContain("A chart");
    assertThat(pdf.rasterImageCount()).isZero();
    assertThat(pdf.fonts()).allMatch(f -> f.embedded() && f.name().contains("DejaVu"));
    // Without the drawing, the same Markdown names a file that is not there.
    assertThatThrownBy(() -> typeset("![A chart](chart.svg)\n")).hasMessageContaining("not found");
  }

  @Test
  void theSameDrawingGivesTheSameBytes() {
    Drawing drawing = new Drawing(100, 50, (g, area) -> g.drawString("x", 10, 20));
    PdfSettings settings = settings().withDrawings(Map.of("d.svg", drawing));
    assertThat(typesetter.typeset("![d](d.svg)\n", settings).pdf())
        .isEqualTo(typesetter.typeset("![d](d.svg)\n", settings).pdf());
  }
}
