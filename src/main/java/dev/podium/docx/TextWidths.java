package dev.podium.docx;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;

/**
 * Estimates how wide text will be set, for sharing a table's width among its columns. The fonts
 * Word or LibreOffice will use are not known here, so text is measured in the bundled DejaVu Sans,
 * which is wider than Calibri and than most fonts a reader's word processor falls back on; bold is
 * taken a sixth wider. Thread-safe.
 */
final class TextWidths {
  /** Where the typesetter's FontBook finds the same file. */
  private static final String FACE = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

  private static final Font FONT = load();
  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  private TextWidths() {}

  /** The width of {@code text} on one line at {@code size} points, in points. */
  static float of(String text, float size, boolean bold) {
    float width = (float) FONT.deriveFont(size).getStringBounds(text, MEASURE).getWidth();
    return bold ? width * 7 / 6 : width;
  }

  private static Font load() {
    try (InputStream in = TextWidths.class.getResourceAsStream(FACE)) {
      if (in == null) {
        throw new IllegalStateException("bundled font " + FACE + " is missing from the jar");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("cannot read bundled font " + FACE, e);
    }
  }
}
