package dev.podium.publish;

import dev.podium.chart.ChartFonts;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps chart text drawable. A chart is drawn in one font: the bundled DejaVu Serif when it has
 * every character of the chart, else the first {@code --font} that has them all, else the font that
 * lacks the fewest. A character the chosen font lacks would vanish from the PDF's vector drawing
 * without a trace, so it is replaced by a visible mark in both the SVG and the PDF, and reported.
 */
final class ChartGlyphs {
  private final List<Path> fallbackFiles;
  private final Set<Integer> missing = new TreeSet<>();
  private ChartFonts fonts = ChartFonts.bundled();

  /** Glyphs for a document's charts; the font files are read only if DejaVu lacks something. */
  ChartGlyphs(List<Path> fallbackFiles) {
    this.fallbackFiles = fallbackFiles;
  }

  /** Chooses the font of a chart that shows {@code texts}; call before {@link #drawable}. */
  ChartFonts choose(Collection<String> texts) {
    String text = String.join("", texts);
    ChartFonts best = ChartFonts.bundled();
    long bestLacks = lacks(best, text);
    for (int i = 0; i < fallbackFiles.size() && bestLacks > 0; i++) {
      ChartFonts candidate = ChartFonts.of(fallbackFiles.get(i));
      long candidateLacks = candidate == null ? Long.MAX_VALUE : lacks(candidate, text);
      if (candidateLacks < bestLacks) {
        best = candidate;
        bestLacks = candidateLacks;
      }
    }
    fonts = best;
    return best;
  }

  private static long lacks(ChartFonts fonts, String text) {
    return text.codePoints()
        .distinct()
        .filter(c -> !Character.isWhitespace(c) && !fonts.canDraw(c))
        .count();
  }

  /** The text with every character the chosen font lacks replaced by the mark. */
  String drawable(String text) {
    int replacement = replacement();
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

  private int replacement() {
    return fonts.canDraw('\uFFFD') ? '\uFFFD' : '?';
  }

  /** One warning per character replaced, for the Markdown file that links the chart. */
  List<String> warnings(Path markdown) {
    String replacement = Character.toString(replacement());
    return missing.stream()
        .map(
            c ->
                String.format(
                    "%s: warning: the chart font has no '%s' (U+%04X); the charts show %s instead"
                        + " (add a font that has it with --font FILE)",
                    markdown, Character.toString(c), c, replacement))
        .toList();
  }
}
