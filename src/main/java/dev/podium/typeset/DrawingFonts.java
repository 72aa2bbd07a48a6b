package dev.podium.typeset;

import java.awt.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * Gives a drawing's text the document's own embedded faces: a Java 2D font maps to the face of the
 * same PostScript name in the font book, and any other font to the regular text face.
 */
final class DrawingFonts implements FontMapper {
  private final FontBook fonts;

  DrawingFonts(FontBook fonts) {
    this.fonts = fonts;
  }

  @Override
  public BaseFont awtToPdf(Font font) {
    BaseFont face = fonts.face(font.getPSName());
    return face != null ? face : fonts.face(false, false, false);
  }

  @Override
  public Font pdfToAwt(BaseFont font, int size) {
    // PdfGraphics2D only ever maps Java 2D fonts to PDF fonts.
    throw new UnsupportedOperationException("Podium draws with Java 2D fonts only");
  }
}
