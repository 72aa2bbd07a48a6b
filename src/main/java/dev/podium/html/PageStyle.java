package dev.podium.html;

import dev.podium.typeset.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page's style sheet: the bundled {@code brief.css}, then the page box for print: the paper,
 * the margins the PDF uses, and in the margins a running header (the speaker on the left, the
 * motion's short name on the right) and "Page X of Y", where the browser draws margin boxes
 * (Chromium does since version 131; others print without them).
 */
final class PageStyle {
  private static final String SHEET = read("brief.css");
  private static final String MARGIN_TEXT =
      "font-family: Charter, \"Bitstream Charter\", Cambria, \"DejaVu Serif\", Georgia, serif;"
          + " font-size: 8pt; color: #5a5a5a;";

  private PageStyle() {}

  static String of(HtmlSettings settings) {
    StringBuilder css = new StringBuilder(SHEET);
    css.append("@page {\n");
    css.append("  size: ").append(settings.paper() == Paper.LETTER ? "letter" : "A4").append(";\n");
    // The PDF's margins: 70 pt at the top, 66 pt on the sides and at the bottom.
    css.append("  margin: 24.7mm 23.3mm 23.3mm;\n");
    box(css, "top-left", HtmlText.cssString(settings.author()), settings.author().isBlank());
    box(
        css,
        "top-right",
        HtmlText.cssString(settings.headerRight()),
        settings.headerRight().isBlank());
    box(css, "bottom-center", "\"Page \" counter(page) \" of \" counter(pages)", false);
    return css.append("}\n").toString();
  }

  private static void box(StringBuilder css, String name, String content, boolean empty) {
    if (!empty) {
      css.append("  @").append(name).append(" { content: ").append(content).append("; ");
      css.append(MARGIN_TEXT).append(" }\n");
    }
  }

  private static String read(String name) {
    try (InputStream in = PageStyle.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the style sheet " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
