package dev.podium.typeset;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * Splits text into chunks, each set in the first font that has all of its characters: the style's
 * face, then the fallbacks. Unlike OpenPDF's FontSelector, which drops a character no font has,
 * this reports it and sets a visible replacement (U+FFFD) in its place.
 */
final class GlyphRuns {
  static final int REPLACEMENT = 0xFFFD;

  /** Underline thickness and its distance below the baseline, as shares of the font size. */
  private static final float UNDERLINE_THICKNESS = 0.06f;

  private static final float UNDERLINE_DROP = 0.14f;

  private final FontBook fonts;
  private final MissingGlyphs missing;

  GlyphRuns(FontBook fonts, MissingGlyphs missing) {
    this.fonts = fonts;
    this.missing = missing;
  }

  /**
   * The chunks for {@code text}.
   *
   * @param where the place in the Markdown of the character at an index of {@code text}, asked only
   *     for characters that no font covers
   */
  List<Chunk> chunks(String text, TextStyle style, IntFunction<SourceLocator.Place> where) {
    BaseFont face = face(style);
    List<Chunk> chunks = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    BaseFont runFont = null;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      if (Character.getType(c) == Character.FORMAT && !face.charExists(c)) {
        // Format characters (zero-width space, joiners, soft hyphen) have no visible form;
        // leaving them out changes nothing a reader sees.
        continue;
      }
      BaseFont font = fontFor(c, face);
      if (font == null) {
        missing.add(c, where.apply(i));
        font = fonts.symbols();
        c = REPLACEMENT;
      }
      if (font != runFont && run.length() > 0) {
        chunks.add(chunk(run.toString(), runFont, face, style));
        run.setLength(0);
      }
      runFont = font;
      if (c == '\t') {
        // Fonts have no tab glyph; in code, a tab is four columns.
        run.append("    ");
      } else {
        run.appendCodePoint(c);
      }
    }
    if (run.length() > 0) {
      chunks.add(chunk(run.toString(), runFont, face, style));
    }
    return chunks;
  }

  /** The bundled face for a style. */
  BaseFont face(TextStyle style) {
    return fonts.face(style.bold(), style.italic(), style.mono());
  }

  /**
   * The font of a style's face. Every paragraph and phrase gets one: OpenPDF sets the space around
   * a paragraph in the paragraph's own font, and its default would embed another font.
   */
  Font font(TextStyle style) {
    return new Font(face(style), style.size(), Font.NORMAL, style.color());
  }

  private BaseFont fontFor(int c, BaseFont face) {
    if (c == ' ' || c == '\n' || c == '\t' || face.charExists(c)) {
      return face;
    }
    for (BaseFont fallback : fonts.fallbacks()) {
      if (fallback.charExists(c)) {
        return fallback;
      }
    }
    return null;
  }

  private static Chunk chunk(String text, BaseFont font, BaseFont face, TextStyle style) {
    // A fallback has no bold or italic face of its own: let OpenPDF embolden or slant it.
    int simulated = Font.NORMAL;
    if (font != face) {
      simulated = (style.bold() ? Font.BOLD : 0) | (style.italic() ? Font.ITALIC : 0);
    }
    Chunk chunk = new Chunk(text, new Font(font, style.size(), simulated, style.color()));
    if (style.underline()) {
      chunk.setUnderline(style.size() * UNDERLINE_THICKNESS, -style.size() * UNDERLINE_DROP);
    }
    return chunk;
  }
}
