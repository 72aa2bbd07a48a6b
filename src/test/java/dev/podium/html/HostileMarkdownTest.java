package dev.podium.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.typeset.Paper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Markdown made of hostile pieces, thousands of times over: whatever it holds, the page's body has
 * only the elements and attributes the renderer itself writes, and only safe link targets.
 */
class HostileMarkdownTest {
  private static final List<String> PIECES =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "<a href=\"javascript:x\">",
          "<!-- c -->",
          "<![CDATA[x]]>",
          "<?php x ?>",
          "</main>",
          "</body>",
          "<style>",
          "<svg onload=x>",
          "javascript:alert(1)",
          "JaVaScRiPt:x",
          "data:text/html,x",
          "vbscript:x",
          "http://example.org/a",
          "mailto:a@b.c",
          "doi:10.1/x",
          "#anchor",
          "[",
          "]",
          "(",
          ")",
          "![",
          "](",
          "<",
          ">",
          "\"",
          "'",
          "&",
          "&amp;",
          "&#x3C;",
          "`",
          "```",
          "*",
          "_",
          "#",
          "####",
          "|",
          "---",
          "\\",
          "\n",
          "\n\n",
          " ",
          "text",
          "www.example.org",
          "<http://x.y>",
          "<javascript:x>",
          "\u0000",
          "\u2028",
          "[x]: javascript:y\n",
          "[x]",
          "onerror=",
          "style=\"x\"");
  private static final Set<String> ELEMENTS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "a",
          "em",
          "strong",
          "code",
          "pre",
          "blockquote",
          "ul",
          "ol",
          "li",
          "table",
          "thead",
          "tbody",
          "tr",
          "th",
          "td",
          "hr",
          "br",
          "section");
  private static final Set<String> ATTRIBUTES =
      Set.of("id", "class", "href", "title", "align", "start");
  private static final Pattern TAG = Pattern.compile("<(/?)([^\\s/>]+)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s([^\\s=]+)=\"([^\"]*)\"");
  private static final Pattern SAFE_TARGET = Pattern.compile("#\\S+|https?://\\S+|mailto:\\S+");

  @Test
  void hostileMarkdownGivesOnlyTheRenderersOwnMarkup() {
    HtmlSettings settings =
        new HtmlSettings(
            "en", "", "", "", List.of(), "Podium", Paper.A4, Map.of(), Path.of("no-such-folder"));
    HtmlPageRenderer renderer = new HtmlPageRenderer();
    Random random = new Random(20261207);
    int rendered = 0;
    for (int i = 0; i < 3000; i++) {
      StringBuilder markdown = new StringBuilder();
      for (int n = random.nextInt(24); n >= 0; n--) {
        markdown.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String page;
      try {
        page = renderer.render(markdown.toString(), settings);
      } catch (HtmlException e) {
        continue; // an image the page cannot embed: reported, not written
      }
      rendered++;
      String body = page.substring(page.indexOf("<main>\n") + 7, page.lastIndexOf("</main>"));
      Matcher tags = TAG.matcher(body);
      while (tags.find()) {
        assertThat(ELEMENTS).as("element in %s", markdown).contains(tags.group(2));
        Matcher attributes = ATTRIBUTE.matcher(tags.group(3));
        while (attributes.find()) {
          assertThat(ATTRIBUTES).as("attribute in %s", markdown).contains(attributes.group(1));
          if (attributes.group(1).equals("href")) {
            assertThat(attributes.group(2)).as("link target in %s", markdown).matches(SAFE_TARGET);
          }
        }
        // Nothing else may stand in a tag: no unquoted attribute, no stray quote.
        assertThat(ATTRIBUTE.matcher(tags.group(3)).replaceAll("").replace(" /", "")).isBlank();
      }
    }
    assertThat(rendered).isGreaterThan(1000);
  }
}
