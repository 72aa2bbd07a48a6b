package dev.podium.cli;

import dev.podium.chart.ChartFonts;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps chart text drawable: a character the chart faces lack would vanish from the PDF's vector
 * drawing without a trace, so it is replaced by a visible mark in both the SVG and the PDF, and
 * reported.
 */
final class ChartGlyphs {
  private final ChartFonts fonts;
  private final int replacement;
  private final Set<Integer> missing = new TreeSet<>();

  ChartGlyphs(ChartFonts fonts) {
    this.fonts = fonts;
    this.replacement = fonts.canDraw('\uFFFD') ? '\uFFFD' : '?';
  }

  /** The text with every character the chart faces lack replaced by the mark. */
  String drawable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isWhitespace(c) || fonts.canDraw(c)) {
                out.appendCodePoint(c);
              } else {
                missing.add(c);
                out.appendCodePoint(replacement);
              }
            });
    return out.toString();
  }

  /** One warning per character replaced, for the Markdown file that links the chart. */
  List<String> warnings(Path markdown) {
    return missing.stream()
        .map(
            c ->
                String.format(
                    "%s: warning: the chart font has no '%s' (U+%04X); the charts show %s instead"
                        + " (their text is set in the bundled DejaVu Serif only)",
                    markdown, Character.toString(c), c, Character.toString(replacement)))
        .toList();
  }
}
