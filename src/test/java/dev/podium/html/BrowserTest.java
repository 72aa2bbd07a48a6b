package dev.podium.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.podium.cli.Main;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderator brief's HTML in a real browser, Debian's headless Chromium: it paints the page,
 * every in-page link finds its target in the DOM the browser built, the browser reports nothing on
 * the console (no blocked load, no parse complaint), and printing gives A4 pages with the running
 * header and page numbers. Without Chromium this test fails, saying how to install it, unless
 * {@value Chromium#SKIP_VARIABLE}=1 asks to skip it.
 */
@DisabledIfEnvironmentVariable(
    named = Chromium.SKIP_VARIABLE,
    matches = "1",
    disabledReason = Chromium.SKIP_VARIABLE + "=1: the HTML was not tried in a browser")
class BrowserTest {
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
  private static final Pattern FRAGMENT_LINK = Pattern.compile("\\shref=\"#([^\"]*)\"");

  /** How Chromium's log shows a message on a page's console, whatever its level. */
  private static final String CONSOLE = ":CONSOLE";

  @TempDir static Path scratch;

  private static Chromium chromium;
  private static Path page;
  private static String html;

  @BeforeAll
  static void generateTheBriefAndFindTheBrowser() throws Exception {
    chromium = Chromium.find(scratch);
    if (chromium == null) {
      String why =
          "Chromium is needed for the browser test and was not found: install it (apt-get install"
              + " chromium; .ci/run does), name the binary in "
              + Chromium.BINARY_VARIABLE
              + ", or set "
              + Chromium.SKIP_VARIABLE
              + "=1 to skip the browser test";
      fail(why);
    }
    Path out = scratch.resolve("briefs");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "brief",
            "fazl-barez",
            "--motion",
            "ai-autonomy-over-life",
            "--kind",
            "moderator",
            "--format",
            "html",
            "--seeds",
            "seeds",
            "--templates",
            "templates",
            "--out",
            out.toString());
    assertThat(code).as(err.toString()).isZero();
    page = out.resolve("fazl-barez/ai-autonomy-over-life/moderator.html");
    html = Files.readString(page);
  }

  @Test
  void theBrowserPaintsThePage() throws Exception {
    Path png = scratch.resolve("moderator.png");
    Chromium.Run run = chromium.run(page, "--screenshot=" + png, "--window-size=1200,2000");
    assertThat(png).as(run.err()).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(2000);
    // Not blank: text in the upper and the lower half, in more than a few colours (the page is
    // long enough to fill the window).
    int background = image.getRGB(0, 0);
    assertThat(ink(image, 0, 1000, background))
        .as("share of painted pixels, upper half")
        .isGreaterThan(0.01);
    assertThat(ink(image, 1000, 2000, background))
        .as("share of painted pixels, lower half")
        .isGreaterThan(0.01);
    assertThat(colours(image)).isGreaterThan(16);
  }

  @Test
  void everyInPageLinkFindsItsTargetInTheBrowsersDom() throws Exception {
    Chromium.Run run = chromium.run(page, "--dump-dom");
    String dom = run.out();
    assertThat(dom).as(run.err()).contains("<h2 id=\"key-arguments\">");
    Set<String> ids = matches(ID, dom);
    List<String> links = new ArrayList<>(matches(FRAGMENT_LINK, dom));
    assertThat(links).hasSizeGreaterThan(20);
    for (String link : links) {
      assertThat(ids).as("href=\"#%s\" has no element with that id", link).contains(link);
    }
    // The browser built the page as written: every id survived parsing, none was made twice, and
    // the chart is an image with its description.
    assertThat(ids).isEqualTo(matches(ID, html.replaceAll(" id='([^']*)'", " id=\"$1\"")));
    assertThat(count(ID, dom)).isEqualTo(ids.size());
    assertThat(dom)
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("role=\"img\" aria-labelledby=\"chart-1-title\"");
    assertThat(dom).contains("<section class=\"card\">");
    assertThat(dom.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script");
  }

  @Test
  void theBrowserReportsNothingOnTheConsole() throws Exception {
    // First show that the log does carry console messages: a page whose image the policy blocks.
    Path control = scratch.resolve("control.html");
    Files.writeString(
        control,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta"
            + " http-equiv=\"Content-Security-Policy\" content=\""
            + HtmlPageRenderer.POLICY
            + "\"><title>control</title></head><body><p>control</p>"
            + "<img src=\"https://example.invalid/podium-control.png\" alt=\"\"></body></html>\n",
        StandardCharsets.UTF_8);
    Chromium.Run controlRun =
        chromium.run(control, "--enable-logging=stderr", "--v=0", "--dump-dom");
    assertThat(consoleLines(controlRun.err()))
        .as(
            "the control page's blocked image should be logged; Chromium's log:%n%s",
            controlRun.err())
        .anyMatch(line -> line.contains("podium-control.png"));

    Chromium.Run run = chromium.run(page, "--enable-logging=stderr", "--v=0", "--dump-dom");
    assertThat(run.out()).contains("</html>");
    assertThat(consoleLines(run.err())).as("console messages of the brief").isEmpty();
  }

  @Test
  void printingGivesPagesWithTheRunningHeaderAndPageNumbers() throws Exception {
    Path pdf = scratch.resolve("moderator-printed.pdf");
    Chromium.Run run = chromium.run(page, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
    assertThat(pdf).as(run.err()).exists();
    try (PDDocument printed = Loader.loadPDF(Files.readAllBytes(pdf))) {
      int pages = printed.getNumberOfPages();
      assertThat(pages).isGreaterThan(5);
      PDRectangle size = printed.getPage(0).getMediaBox();
      assertThat(size.getWidth())
          .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      assertThat(size.getHeight())
          .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p : new int[] {1, pages}) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String text = stripper.getText(printed);
        assertThat(text)
            .contains("Dr Fazl Barez")
            .contains("AI autonomy over human life")
            .contains("Page " + p + " of " + pages);
      }
    }
  }

  private static List<String> consoleLines(String log) {
    return log.lines().filter(line -> line.contains(CONSOLE)).toList();
  }

  private static double ink(BufferedImage image, int fromRow, int toRow, int background) {
    long painted = 0;
    for (int y = fromRow; y < toRow; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) != background) {
          painted++;
        }
      }
    }
    return (double) painted / ((long) (toRow - fromRow) * image.getWidth());
  }

  private static int colours(BufferedImage image) {
    Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static int count(Pattern pattern, String text) {
    int n = 0;
    for (Matcher m = pattern.matcher(text); m.find(); ) {
      n++;
    }
    return n;
  }
}
