package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.cli.Main;
import dev.podium.cli.Version;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the committed moderator brief's HTML as a browser would load it, and a hostile one. */
class BriefHtmlTest {
  private static final Path DIR = Path.of("briefs/fazl-barez/ai-autonomy-over-life");
  private static final Pattern ID = Pattern.compile("\\sid=[\"']([^\"']*)[\"']");
  private static final Pattern HREF = Pattern.compile("<(\\w+)[^>]*\\shref=\"([^\"]*)\"");
  private static final Pattern ALT = Pattern.compile("!\\[(.*)\\]\\(evidence-profile\\.svg\\)");

  private static String html;
  private static String markdown;

  @TempDir Path temp;

  @BeforeAll
  static void read() throws Exception {
    html = Files.readString(DIR.resolve("moderator.html"));
    markdown = Files.readString(DIR.resolve("moderator.md"));
  }

  @Test
  void theHeadDescribesTheBrief() {
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n")
        .contains("<title>Dr Fazl Barez: moderator’s brief</title>")
        .contains("<meta name=\"author\" content=\"Dr Fazl Barez\">")
        .contains(
            "<meta name=\"description\" content=\"AI should be granted autonomous decision-making"
                + " power over human life.\">")
        .contains("<meta name=\"keywords\" content=\"Deception and hidden behaviour, ")
        .contains("<meta name=\"generator\" content=\"Podium " + Version.get() + "\">")
        .contains("@top-right { content: \"AI autonomy over human life\";");
  }

  @Test
  void theChartIsDrawnInThePageWithTheMarkdownsDescription() {
    Matcher alt = ALT.matcher(markdown);
    assertThat(alt.find()).isTrue();
    assertThat(html).doesNotContain("evidence-profile.svg").doesNotContain("<img");
    assertThat(html.split("<svg ", -1)).hasSize(2);
    assertThat(html).contains("<title id=\"chart-1-title\">" + alt.group(1) + "</title>");
  }

  @Test
  void thePageLoadsNothingFromAnywhere() {
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower)
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("<iframe")
        .doesNotContain("<object")
        .doesNotContain("<embed")
        .doesNotContain(" src=")
        .doesNotContain("srcset")
        .doesNotContain("@import")
        .doesNotContain("@font-face")
        .doesNotContain("xlink:href");
    Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
    while (urls.find()) {
      assertThat(urls.group(1)).as("a url() in the page").startsWith("#");
    }
    // Every href is a link to follow, never a resource to load: on <a>, to the web or into the
    // page.
    Set<String> ids = new HashSet<>(all(ID, html, 1));
    Matcher hrefs = HREF.matcher(html);
    int links = 0;
    while (hrefs.find()) {
      links++;
      assertThat(hrefs.group(1)).isEqualTo("a");
      String target = hrefs.group(2);
      if (target.startsWith("#")) {
        assertThat(ids).as("target of %s", target).contains(target.substring(1));
      } else {
        assertThat(target).matches("(https?://|mailto:)\\S+");
      }
    }
    assertThat(links).isGreaterThan(50);
  }

  @Test
  void idsAreUniqueAndEveryCardIsASection() {
    List<String> ids = all(ID, html, 1);
    assertThat(ids)
        .doesNotHaveDuplicates()
        .contains("key-arguments", "evidence-table", "references");
    long cards = markdown.lines().filter(line -> line.startsWith("#### ")).count();
    assertThat(cards).isGreaterThan(5);
    assertThat(html.split("<section class=\"card\">", -1)).hasSize((int) cards + 1);
  }

  @Test
  void hostileValuesInTheSeedsStayText() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    TestSeeds.edit(
        seeds.resolve("personas/fazl-barez/persona.yaml"),
        "name: \"Fazl Barez\"",
        "name: \"Fazl </title><script>alert(1)</script> \\\"Barez\\\"\"");
    TestSeeds.edit(
        seeds.resolve("motions/ai-autonomy-over-life.yaml"),
        "short: \"AI autonomy over human life\"",
        "short: \"AI </style><script>alert(2)</script> life\"");
    TestSeeds.edit(
        seeds.resolve("stances.yaml"),
        "label: \"Deception and hidden behaviour\"",
        "label: \"Deception <script>alert(3)</script> [x](javascript:alert(4))\"");
    TestSeeds.edit(
        seeds.resolve("personas/fazl-barez/evidence.yaml"),
        "title: \"AI Systems of Concern\"",
        "title: \"AI Systems <img src=x onerror=alert(5)> [y](javascript:alert(6)) of Concern\"");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "brief",
            "fazl-barez",
            "--format",
            "html",
            "--seeds",
            seeds.toString(),
            "--templates",
            "templates",
            "--out",
            temp.resolve("out").toString());
    assertThat(code).as(err.toString()).isZero();
    String page =
        Files.readString(temp.resolve("out/fazl-barez/ai-autonomy-over-life/moderator.html"));
    String lower = page.toLowerCase(Locale.ROOT);
    assertThat(lower)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("href=\"javascript");
    assertThat(page.split("</title>", -1)).hasSize(3); // the page's and the chart's
    assertThat(page.split("</style>", -1)).hasSize(2);
    assertThat(page)
        .contains(
            "<title>Dr Fazl &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;Barez&quot;:"
                + " moderator’s brief</title>")
        .contains(
            "@top-left { content: \"Dr Fazl \\3c /title\\3e \\3c script\\3e alert(1)\\3c"
                + " /script\\3e  \\22 Barez\\22 \";")
        .contains(
            "@top-right { content: \"AI \\3c /style\\3e \\3c script\\3e alert(2)\\3c /script\\3e "
                + " life\";")
        .contains(
            "AI Systems &lt;img src=x onerror=alert(5)&gt; [y](javascript:alert(6)) of Concern")
        .contains("Deception &lt;script&gt;alert(3)&lt;/script&gt; [x](javascript:alert(4))");
  }

  private static List<String> all(Pattern pattern, String text, int group) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(group));
    }
    return found;
  }
}
