package dev.podium.typeset;

import java.nio.file.Path;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;

/**
 * Answers whether the PDF's fonts can draw a character, so that {@code podium check} can warn about
 * text that would print as a replacement mark before any PDF is made.
 */
public final class GlyphCoverage {
  private final FontBook fonts;

  private GlyphCoverage(FontBook fonts) {
    this.fonts = fonts;
  }

  /** The bundled fonts, plus any fallback font files. */
  public static GlyphCoverage of(List<Path> fallbackFonts) {
    // Kept for as long as the check asks, so never given back.
    return new GlyphCoverage(FontBook.borrow().withFallbacks(fallbackFonts));
  }

  /** True when some font can draw the code point; line breaks and spaces always count as drawn. */
  public boolean covers(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
      return true;
    }
    if (fonts.face(false, false, false).charExists(codePoint)) {
      return true;
    }
    for (BaseFont fallback : fonts.fallbacks()) {
      if (fallback.charExists(codePoint)) {
        return true;
      }
    }
    return false;
  }
}
