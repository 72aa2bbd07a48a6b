package dev.podium.typeset;

import java.awt.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * Gives a drawing's text the document's own embedded faces: a Java 2D font read from a font the
 * user added maps to that font, and any other to the face of the font book with the same weight,
 * slant and spacing, read from its PostScript name (charts use the bundled DejaVu Serif, so they
 * map to the very faces of the text).
 */
final class DrawingFonts implements FontMapper {
  private final FontBook fonts;

  DrawingFonts(FontBook fonts) {
    this.fonts = fonts;
  }

  @Override
  public BaseFont awtToPdf(Font font) {
    String name = font.getPSName();
    BaseFont added = fonts.added(name);
    if (added != null) {
      return added;
    }
    return fonts.face(
        name.contains("Bold"),
        name.contains("Italic") || name.contains("Oblique"),
        name.contains("Mono"));
  }

  @Override
  public Font pdfToAwt(BaseFont font, int size) {
    // PdfGraphics2D only ever maps Java 2D fonts to PDF fonts.
    throw new UnsupportedOperationException("Podium draws with Java 2D fonts only");
  }
}
