package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.podium.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;

/**
 * The moderator and opponent briefs as DOCX: their structure read back with POI, and their text
 * after LibreOffice has opened them and printed them to PDF. Without LibreOffice's {@code soffice}
 * on the PATH the round trip fails, unless {@value #SKIP} is set (for a developer's machine; CI
 * installs LibreOffice).
 */
class BriefDocxTest {
  /** Set to 1 or true to skip the LibreOffice round trip where soffice is missing. */
  static final String SKIP = "PODIUM_SKIP_LIBREOFFICE";

  private static final Path FOLDER = Path.of("fazl-barez", "ai-autonomy-over-life");
  private static final String[] KINDS = {"moderator", "opponent"};

  @TempDir static Path out;

  @BeforeAll
  static void write() {
    for (String kind : KINDS) {
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new PrintWriter(new StringWriter()),
              new PrintWriter(err),
              "-q",
              "brief",
              "fazl-barez",
              "--motion",
              "ai-autonomy-over-life",
              "--kind",
              kind,
              "--format",
              "md,docx",
              "--seeds",
              "seeds",
              "--templates",
              "templates",
              "--out",
              out.toString());
      assertThat(code).as(err.toString()).isZero();
    }
  }

  @Test
  void everyCardIsATagWithItsCiteHeadAndItsWarrantUnderlinedAndHighlighted() throws IOException {
    for (String kind : KINDS) {
      XWPFDocument doc = docx(kind);
      List<String> tags = lines(markdown(kind), "#### ");
      List<XWPFParagraph> paragraphs = doc.getParagraphs();
      List<XWPFParagraph> tagged =
          paragraphs.stream().filter(p -> "Tag".equals(p.getStyle())).toList();
      assertThat(tagged)
          .as(kind)
          .extracting(XWPFParagraph::getText)
          .containsExactlyElementsOf(tags);
      for (XWPFParagraph tag : tagged) {
        int at = paragraphs.indexOf(tag);
        assertThat(paragraphs.get(at + 1).getRuns().get(0).getStyle())
            .as(tag.getText())
            .isEqualTo("Cite");
        List<XWPFRun> warrant =
            paragraphs.subList(at + 1, at + 4).stream()
                .flatMap(p -> p.getRuns().stream())
                .filter(r -> "Emphasis".equals(r.getStyle()))
                .toList();
        assertThat(warrant)
            .as(tag.getText())
            .isNotEmpty()
            .allSatisfy(
                r -> assertThat(r.getTextHighlightColor()).isEqualTo(STHighlightColor.YELLOW));
      }
      assertThat(paragraphs.get(0).getStyle()).isEqualTo("Pocket");
      assertThat(paragraphs)
          .filteredOn(p -> "Hat".equals(p.getStyle()))
          .extracting(XWPFParagraph::getText)
          .containsExactlyElementsOf(lines(markdown(kind), "## "));
    }
  }

  @Test
  void theChartIsAPictureWithTheMarkdownsAltTextAsItsDescription() throws IOException {
    for (String kind : KINDS) {
      Matcher image =
          Pattern.compile("!\\[([^\\]]*)]\\(evidence-profile\\.svg\\)").matcher(markdown(kind));
      assertThat(image.find()).as(kind).isTrue();
      List<XWPFPicture> pictures =
          docx(kind).getParagraphs().stream()
              .flatMap(p -> p.getRuns().stream())
              .flatMap(r -> r.getEmbeddedPictures().stream())
              .toList();
      assertThat(pictures)
          .as(kind)
          .singleElement()
          .satisfies(p -> assertThat(p.getDescription()).isEqualTo(image.group(1)))
          .satisfies(p -> assertThat(p.getPictureData().getData()).startsWith(0x89, 'P', 'N', 'G'));
    }
  }

  @Test
  void libreOfficeOpensBothBriefsAndPrintsTheirHeadingsCardsAndReferences() throws Exception {
    Path soffice = soffice();
    Path pdfs = Files.createDirectories(out.resolve("pdf"));
    List<String> command =
        new ArrayList<>(
            List.of(
                soffice.toString(),
                "-env:UserInstallation=" + out.resolve("libreoffice-profile").toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                pdfs.toString()));
    for (String kind : KINDS) {
      command.add(out.resolve(FOLDER).resolve(kind + ".docx").toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("soffice took more than three minutes:\n" + output);
    }
    assertThat(process.exitValue()).as(output).isZero();

    for (String kind : KINDS) {
      Path pdf = pdfs.resolve(kind + ".pdf");
      assertThat(pdf).as("LibreOffice wrote no PDF for %s.docx:\n%s", kind, output).exists();
      String text = new PdfFile(Files.readAllBytes(pdf)).text();
      String markdown = markdown(kind);
      assertThat(text).as(kind).contains(lines(markdown, "# ").get(0));
      for (String section : lines(markdown, "## ")) {
        assertThat(text).as(kind).contains(section);
      }
      // The first card: its tag, the bold head of its cite line, and its quote, read as printed.
      String card = markdown.substring(markdown.indexOf("\n#### ") + 1);
      String[] blocks = card.split("\n\n");
      assertThat(text).contains(PdfFile.flat(blocks[0].substring("#### ".length())));
      Matcher citeHead = Pattern.compile("^\\*\\*(.+?)\\*\\*").matcher(blocks[1]);
      assertThat(citeHead.find()).as(blocks[1]).isTrue();
      assertThat(text).contains(PdfFile.flat(citeHead.group(1)));
      String quote =
          List.of(blocks).stream().filter(b -> b.startsWith("> ")).findFirst().orElseThrow();
      assertThat(text).contains(PdfFile.flat(quote.substring(2).replace("**", "")));
      String reference = lines(markdown, "[1] ").get(0);
      assertThat(text).contains(PdfFile.flat("[1] " + reference));
    }
  }

  /** LibreOffice's soffice on the PATH; fails, or skips where {@value #SKIP} allows, without it. */
  private static Path soffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "soffice");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    String skip = System.getenv(SKIP);
    String missing = "LibreOffice's soffice is not on the PATH, so the DOCX round trip cannot run";
    if ("1".equals(skip) || "true".equalsIgnoreCase(skip)) {
      Assumptions.abort(missing + " (skipped: " + SKIP + " is set)");
    }
    return fail(
        missing
            + ". Install LibreOffice Writer (Debian and Ubuntu: apt-get install"
            + " libreoffice-writer-nogui; .ci/run does), or set "
            + SKIP
            + "=1 to skip this test.");
  }

  private static String markdown(String kind) throws IOException {
    return Files.readString(out.resolve(FOLDER).resolve(kind + ".md"));
  }

  private static XWPFDocument docx(String kind) throws IOException {
    byte[] bytes = Files.readAllBytes(out.resolve(FOLDER).resolve(kind + ".docx"));
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  /** The rest of every line of {@code markdown} that starts with {@code prefix}. */
  private static List<String> lines(String markdown, String prefix) {
    return markdown
        .lines()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()))
        .toList();
  }
}
